package org.throughcare.followup.radar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.UnitView;
import org.throughcare.followup.radar.internal.RadarGaps;
import org.throughcare.shared.Actor;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * Once a day, per probation office: which gaps are open (new ones get today as first seen, gone ones are closed, none
 * deleted) and how many of each kind, so that a manager sees whether the zones close. The modules' flags are asked
 * as the office's manager would ask them, by an actor the audit log names {@code radar-snapshot}: it reads what the
 * manager's radar would, and shows nothing to anyone but counts and ages.
 */
@Component
public class RadarSnapshots {

    /** The id the audit log records for the snapshot's reads; no account has it. */
    public static final UUID SNAPSHOT_ACTOR = UUID.fromString("00000000-0000-0000-0000-00000000ad01");

    private final RadarManagement radar;
    private final RadarGaps memory;
    private final DirectoryManagement directory;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RadarSnapshots(RadarManagement radar, RadarGaps memory, DirectoryManagement directory, Clock clock,
                   PlatformTransactionManager transactions) {
        this.radar = radar;
        this.memory = memory;
        this.directory = directory;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${throughcare.radar.snapshot-cron:0 40 5 * * *}", zone = "${throughcare.time-zone}")
    public void daily() {
        directory.unitsOfType(AgencyType.PROBATION).forEach(this::take);
    }

    /** Takes the office's snapshot of today, in a transaction of its own. */
    public void take(UnitView office) {
        transaction.executeWithoutResult(status -> snapshot(office));
    }

    private void snapshot(UnitView office) {
        Actor actor = new Actor(new UserId(SNAPSHOT_ACTOR), "radar-snapshot", Role.MANAGER,
                new OrganisationId(office.organisationId()), new UnitId(office.id()));
        LocalDate today = LocalDate.now(clock);
        Set<RadarGaps.Key> now = new HashSet<>();
        radar.openGaps(actor).forEach(g -> now.add(new RadarGaps.Key(g.clientId(), g.kind())));
        Map<RadarGaps.Key, LocalDate> before = memory.firstSeen(office.id());
        now.stream().filter(k -> !before.containsKey(k)).forEach(k -> memory.open(office.id(), k, today));
        before.keySet().stream().filter(k -> !now.contains(k)).forEach(k -> memory.close(office.id(), k, today));
        Map<String, Integer> counts = new TreeMap<>();
        radar.kinds().forEach(kind -> counts.put(kind, 0));
        now.forEach(k -> counts.merge(k.kind(), 1, Integer::sum));
        memory.counts(office.id(), today, counts);
    }
}
