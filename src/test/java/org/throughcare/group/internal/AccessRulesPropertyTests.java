package org.throughcare.group.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.throughcare.group.internal.AccessRules.ClientFacts;
import org.throughcare.group.internal.AccessRules.Consent;
import org.throughcare.group.internal.AccessRules.Membership;
import org.throughcare.group.internal.AccessRules.Reader;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.Role;

/**
 * Random worlds — organisations, users in every role, a client, group members past, current and future,
 * consents partial, expired and withdrawn — and every reader × category × action in each, compared with an
 * oracle that states the rules the other way round: as the set of categories each reader may see.
 */
class AccessRulesPropertyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    record World(List<Reader> readers, ClientFacts client, List<Membership> members, List<Consent> consents) {
    }

    @Property(tries = 1000)
    void theRulesAnswerLikeTheOracleInEveryWorld(@ForAll long seed) {
        World world = world(new Random(seed));
        for (Reader reader : world.readers()) {
            Set<DataCategory> readable = oracle(reader, world, Action.READ, TODAY);
            Set<DataCategory> writable = oracle(reader, world, Action.WRITE, TODAY);
            Set<DataCategory> contributable = oracle(reader, world, Action.CONTRIBUTE, TODAY);
            Set<DataCategory> custodyRecordable = oracle(reader, world, Action.RECORD_CUSTODY, TODAY);
            for (DataCategory category : DataCategory.values()) {
                boolean contribute = AccessRules.decide(reader, world.client(), world.members(), world.consents(),
                        category, Action.CONTRIBUTE, TODAY).allows();
                assertThat(contribute).as("%s contributes to %s in world %d", reader.role(), category, seed)
                        .isEqualTo(contributable.contains(category));
                boolean read = AccessRules.decide(reader, world.client(), world.members(), world.consents(), category,
                        Action.READ, TODAY).allows();
                boolean write = AccessRules.decide(reader, world.client(), world.members(), world.consents(), category,
                        Action.WRITE, TODAY).allows();
                boolean recordCustody = AccessRules.decide(reader, world.client(), world.members(), world.consents(),
                        category, Action.RECORD_CUSTODY, TODAY).allows();
                assertThat(recordCustody).as("%s records custody (%s) in world %d", reader.role(), category, seed)
                        .isEqualTo(custodyRecordable.contains(category));
                assertThat(read).as("%s reads %s in world %d", reader.role(), category, seed)
                        .isEqualTo(readable.contains(category));
                assertThat(write).as("%s writes %s in world %d", reader.role(), category, seed)
                        .isEqualTo(writable.contains(category));
                boolean reserved = AccessRules.decide(reader, world.client(), world.members(), world.consents(),
                        category, Action.READ_RESERVED, TODAY).allows();
                assertThat(reserved).as("%s reads reserved %s in world %d", reader.role(), category, seed)
                        .isEqualTo(oracle(reader, world, Action.READ_RESERVED, TODAY).contains(category));
            }
        }
    }

    /** The rules, stated as what each reader may see. */
    static Set<DataCategory> oracle(Reader reader, World world, Action action, LocalDate today) {
        Set<DataCategory> all = EnumSet.allOf(DataCategory.class);
        Set<DataCategory> none = EnumSet.noneOf(DataCategory.class);
        switch (reader.role()) {
            case NATIONAL_ANALYST, ADMINISTRATOR:
                return none;
            case COORDINATOR:
                if (reader.userId().equals(world.client().coordinatorId())) {
                    return all;
                }
                break;
            case MANAGER:
                if (world.client().officeId().equals(reader.unitId())) {
                    return all;
                }
                break;
            default:
                break;
        }
        if (action == Action.RECORD_CUSTODY) {
            // The prison holding the client records its custody facts; nobody else but the above.
            return reader.role() == Role.PRISON_STAFF
                    && reader.organisationId().equals(world.client().custodyInstitutionId())
                    ? EnumSet.of(DataCategory.BASIC_AND_CUSTODY) : none;
        }
        if (action == Action.WRITE || action == Action.READ_RESERVED) {
            return none;
        }
        Set<DataCategory> seen = EnumSet.noneOf(DataCategory.class);
        // Custody facts are for prison staff to read; contributing to the plan goes through the group.
        if (action == Action.READ && reader.role() == Role.PRISON_STAFF
                && reader.organisationId().equals(world.client().custodyInstitutionId())) {
            seen.add(DataCategory.BASIC_AND_CUSTODY);
        }
        Set<UUID> organisationsInGroupToday = new HashSet<>();
        for (Membership m : world.members()) {
            boolean started = m.from().compareTo(today) <= 0;
            boolean notEnded = m.to() == null || m.to().compareTo(today) >= 0;
            if (m.userId().equals(reader.userId()) && started && notEnded) {
                organisationsInGroupToday.add(m.organisationId());
            }
        }
        for (Consent c : world.consents()) {
            boolean given = c.givenOn().compareTo(today) <= 0;
            boolean valid = c.validUntil() == null || c.validUntil().compareTo(today) >= 0;
            boolean notWithdrawn = c.withdrawnOn() == null || c.withdrawnOn().compareTo(today) > 0;
            if (given && valid && notWithdrawn && c.organisations().stream().anyMatch(organisationsInGroupToday::contains)) {
                seen.addAll(c.categories());
            }
        }
        return seen;
    }

    private static World world(Random random) {
        List<UUID> organisations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> offices = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<Reader> readers = new ArrayList<>();
        for (Role role : Role.values()) {
            for (int i = 0; i < 2; i++) {
                readers.add(new Reader(UUID.randomUUID(), role, pick(random, organisations), pick(random, offices)));
            }
        }
        Reader coordinator = readers.stream().filter(r -> r.role() == Role.COORDINATOR).findFirst().orElseThrow();
        ClientFacts client = new ClientFacts(pick(random, offices),
                random.nextInt(4) == 0 ? UUID.randomUUID() : coordinator.userId(),
                random.nextInt(3) == 0 ? null : pick(random, organisations));
        List<Membership> members = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            LocalDate from = TODAY.plusDays(random.nextInt(40) - 30);
            members.add(new Membership(pick(random, readers).userId(),
                    random.nextInt(5) == 0 ? pick(random, organisations) : pick(random, organisations), from,
                    random.nextBoolean() ? null : from.plusDays(random.nextInt(40))));
        }
        List<Consent> consents = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Set<UUID> covered = new HashSet<>();
            organisations.forEach(o -> {
                if (random.nextBoolean()) {
                    covered.add(o);
                }
            });
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            for (DataCategory c : DataCategory.values()) {
                if (random.nextInt(3) == 0) {
                    categories.add(c);
                }
            }
            LocalDate given = TODAY.plusDays(random.nextInt(45) - 40);
            consents.add(new Consent(covered, categories, given,
                    random.nextBoolean() ? null : given.plusDays(random.nextInt(60)),
                    random.nextInt(3) == 0 ? given.plusDays(random.nextInt(60)) : null));
        }
        return new World(readers, client, members, consents);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
