package org.throughcare.directory.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.shared.NeedArea;

/**
 * Aggregate root: a service an organisation offers. Its own aggregate because referrals will point at it.
 * The organisation it belongs to never changes: moving a service would move its referrals' receiver.
 */
@Table("service")
public class ServiceOffering {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID organisationId;
    private String name;
    private String description;
    private ServiceStatus status;
    private String eligibilityDescription;
    private String howToRefer;
    private String requiredDocuments;
    private boolean accredited;
    private Integer capacityAvailable;
    private Integer capacityMaximum;
    private String capacityUnit;
    private Instant capacityUpdated;
    private Instant updatedAt;
    @MappedCollection(idColumn = "service_id")
    private Set<ServiceParts.Area> needAreas;
    @MappedCollection(idColumn = "service_id")
    private Set<ServiceParts.Served> municipalities;
    @MappedCollection(idColumn = "service_id")
    private Set<ServiceParts.Language> languages;

    @PersistenceCreator
    ServiceOffering(UUID id, Long version, UUID organisationId, String name, String description, ServiceStatus status,
                    String eligibilityDescription, String howToRefer, String requiredDocuments, boolean accredited,
                    Integer capacityAvailable, Integer capacityMaximum, String capacityUnit, Instant capacityUpdated,
                    Instant updatedAt, Set<ServiceParts.Area> needAreas, Set<ServiceParts.Served> municipalities,
                    Set<ServiceParts.Language> languages) {
        this.id = id;
        this.version = version;
        this.organisationId = organisationId;
        this.name = name;
        this.description = description;
        this.status = status;
        this.eligibilityDescription = eligibilityDescription;
        this.howToRefer = howToRefer;
        this.requiredDocuments = requiredDocuments;
        this.accredited = accredited;
        this.capacityAvailable = capacityAvailable;
        this.capacityMaximum = capacityMaximum;
        this.capacityUnit = capacityUnit;
        this.capacityUpdated = capacityUpdated;
        this.updatedAt = updatedAt;
        this.needAreas = new HashSet<>(needAreas);
        this.municipalities = new HashSet<>(municipalities);
        this.languages = new HashSet<>(languages);
    }

    public static ServiceOffering create(SaveService form, Instant now) {
        ServiceOffering service = new ServiceOffering(UUID.randomUUID(), null, form.organisationId(), null, null,
                null, null, null, null, false, null, null, null, null, now, Set.of(), Set.of(), Set.of());
        service.apply(form, now);
        return service;
    }

    /** Capacity counts as updated only when its figures change, so "updated" tells how fresh they are. */
    public void apply(SaveService form, Instant now) {
        boolean capacityChanged = capacityUpdated == null
                || !Objects.equals(capacityAvailable, form.capacityAvailable())
                || !Objects.equals(capacityMaximum, form.capacityMaximum())
                || !Objects.equals(capacityUnit, Text.orNull(form.capacityUnit()));
        name = form.name().strip();
        description = Text.orNull(form.description());
        status = form.status();
        eligibilityDescription = Text.orNull(form.eligibilityDescription());
        howToRefer = Text.orNull(form.howToRefer());
        requiredDocuments = Text.orNull(String.join("\n", documentsOf(form.requiredDocuments())));
        accredited = form.accredited();
        capacityAvailable = form.capacityAvailable();
        capacityMaximum = form.capacityMaximum();
        capacityUnit = Text.orNull(form.capacityUnit());
        boolean counted = capacityAvailable != null || capacityMaximum != null;
        capacityUpdated = !counted ? null : capacityChanged ? now : capacityUpdated;
        updatedAt = now;
        needAreas = new HashSet<>();
        form.needAreas().forEach(area -> needAreas.add(new ServiceParts.Area(area)));
        municipalities = new HashSet<>();
        form.municipalityCodes().forEach(code -> municipalities.add(new ServiceParts.Served(code.strip())));
        languages = new HashSet<>();
        form.languages().forEach(code -> languages.add(new ServiceParts.Language(code.strip())));
    }

    /** Only the capacity, as the service's staff tell it; "updated" moves only when a figure changes. */
    public void applyCapacity(Integer available, Integer maximum, String unit, Instant now) {
        boolean changed = capacityUpdated == null || !Objects.equals(capacityAvailable, available)
                || !Objects.equals(capacityMaximum, maximum) || !Objects.equals(capacityUnit, Text.orNull(unit));
        capacityAvailable = available;
        capacityMaximum = maximum;
        capacityUnit = Text.orNull(unit);
        boolean counted = available != null || maximum != null;
        capacityUpdated = !counted ? null : changed ? now : capacityUpdated;
        updatedAt = now;
    }

    /** One document a line; blank lines dropped. */
    public static List<String> documentsOf(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public ServiceStatus status() {
        return status;
    }

    public String eligibilityDescription() {
        return eligibilityDescription;
    }

    public String howToRefer() {
        return howToRefer;
    }

    public List<String> requiredDocuments() {
        return documentsOf(requiredDocuments);
    }

    public boolean accredited() {
        return accredited;
    }

    public Integer capacityAvailable() {
        return capacityAvailable;
    }

    public Integer capacityMaximum() {
        return capacityMaximum;
    }

    public String capacityUnit() {
        return capacityUnit;
    }

    public Instant capacityUpdated() {
        return capacityUpdated;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<NeedArea> needAreas() {
        return needAreas.stream().map(ServiceParts.Area::needArea).sorted().toList();
    }

    public List<String> municipalityCodes() {
        return municipalities.stream().map(ServiceParts.Served::municipalityCode).sorted().toList();
    }

    public List<String> languages() {
        return languages.stream().map(ServiceParts.Language::languageCode).sorted(Comparator.naturalOrder()).toList();
    }
}
