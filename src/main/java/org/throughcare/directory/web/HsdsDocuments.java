package org.throughcare.directory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.throughcare.directory.Municipality;
import org.throughcare.directory.OrganisationView;
import org.throughcare.directory.ServiceView;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.ResultPage;

/**
 * Our services and organisations as Open Referral HSDS 3.1 documents (field names and enumerations from the
 * specification's {@code schema/service.json} and {@code organization.json}). Only organisation-level facts
 * travel: no contact, no person's name, phone or e-mail. Parts HSDS gives their own id (a language, a
 * service area) get a stable name-based UUID, so a catalogue reading us twice sees the same ids.
 */
final class HsdsDocuments {

    static final String TAXONOMY = "throughcare-need-areas";

    private HsdsDocuments() {
    }

    record Root(String version, @JsonProperty("openapi_url") String openapiUrl) {
    }

    /** HSDS pagination: pages count from 1. */
    record Page<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
                   @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
                   @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

        static <T> Page<T> of(ResultPage<T> page) {
            return new Page<>(page.totalItems(), page.totalPages(), page.number() + 1, page.size(), page.number() == 0,
                    !page.hasNext(), page.isEmpty(), page.items());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, String description, String website) {

        static Organization of(OrganisationView o) {
            // HSDS requires a description; an organisation without one gets an empty text, never an invented one.
            return new Organization(o.id().toString(), o.name(), o.description() == null ? "" : o.description(),
                    o.website());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
                   String description, String status,
                   @JsonProperty("eligibility_description") String eligibilityDescription,
                   @JsonProperty("application_process") String applicationProcess, String accreditations,
                   List<Language> languages, @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
                   @JsonProperty("required_documents") List<RequiredDocument> requiredDocuments,
                   List<Capacity> capacities, List<Attribute> attributes, Organization organization) {

        static Service of(ServiceView s, Organization organization) {
            String id = s.id().toString();
            // HSDS requires "available": a service that gives only its maximum says nothing about free places.
            List<Capacity> capacities = s.capacity().available() == null ? List.of()
                    : List.of(new Capacity(uuid(id, "capacity"), id, new Unit(uuid(id, "unit"), s.capacity().unit()),
                            s.capacity().available(), s.capacity().maximum(), waiting(s), s.capacity().updated()));
            return new Service(id, s.organisationId().toString(), s.name(), s.description(), s.status().hsds(),
                    s.eligibilityDescription(), s.howToRefer(), s.accredited() ? "Accredited programme" : null,
                    s.languages().stream().map(code -> new Language(uuid(id, "language:" + code), id, code)).toList(),
                    s.municipalities().stream().map(m -> ServiceArea.of(id, m)).toList(),
                    s.requiredDocuments().stream()
                            .map(d -> new RequiredDocument(uuid(id, "document:" + d), id, d)).toList(),
                    capacities, s.needAreas().stream().map(area -> Attribute.of(id, area)).toList(), organization);
        }
    }

    record Language(String id, @JsonProperty("service_id") String serviceId, String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceArea(String id, @JsonProperty("service_id") String serviceId, String name, String description) {

        static ServiceArea of(String serviceId, Municipality m) {
            return new ServiceArea(uuid(serviceId, "area:" + m.code()), serviceId, m.name(),
                    "Municipality " + m.code() + " (" + m.country() + ")");
        }
    }

    record RequiredDocument(String id, @JsonProperty("service_id") String serviceId, String document) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** {@code description}: the waiting figures computed from referrals, which HSDS has no field of its own for. */
    record Capacity(String id, @JsonProperty("service_id") String serviceId, Unit unit, int available,
                    Integer maximum, String description, Instant updated) {
    }

    record Unit(String id, String name) {
    }

    /** A need area as a taxonomy term linked to the service: our ten areas are the taxonomy. */
    record Attribute(String id, @JsonProperty("link_id") String linkId, @JsonProperty("link_type") String linkType,
                     @JsonProperty("link_entity") String linkEntity,
                     @JsonProperty("taxonomy_term_id") String taxonomyTermId,
                     @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {

        static Attribute of(String serviceId, NeedArea area) {
            TaxonomyTerm term = TaxonomyTerm.of(area);
            return new Attribute(uuid(serviceId, "attribute:" + area.name()), serviceId, "need_area", "service",
                    term.id(), term);
        }
    }

    record TaxonomyTerm(String id, String code, String name, String description, String taxonomy) {

        static TaxonomyTerm of(NeedArea area) {
            String name = area.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return new TaxonomyTerm(termId(area), area.name(), name,
                    "Throughcare need area: " + name + " (one of the ten areas of the needs assessment)", TAXONOMY);
        }
    }

    static String termId(NeedArea area) {
        return UUID.nameUUIDFromBytes((TAXONOMY + ":" + area.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The waiting figures in words, or nothing while referrals have given none. */
    private static String waiting(ServiceView s) {
        List<String> parts = new java.util.ArrayList<>();
        if (s.waitingDays() != null) {
            parts.add("Typical wait " + s.waitingDays() + " days from referral sent to started (median, last 12 months)");
        }
        if (s.queueLength() != null) {
            parts.add(s.queueLength() + " referrals waiting to start");
        }
        return parts.isEmpty() ? null : String.join("; ", parts) + ".";
    }

    private static String uuid(String serviceId, String part) {
        return UUID.nameUUIDFromBytes((serviceId + ":" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
