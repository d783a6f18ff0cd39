package org.throughcare.client;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/** Builds the clients a test needs through the module's own services, as the demo users. */
class ClientFixtures {

    private static final Random RANDOM = new Random();
    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final JdbcClient jdbc;
    private final ClientManagement management;

    ClientFixtures(JdbcClient jdbc, ClientManagement management) {
        this.jdbc = jdbc;
        this.management = management;
    }

    Actor actor(String username) {
        return org.throughcare.TestActors.actor(jdbc, username);
    }

    UUID prison(String name) {
        return org.throughcare.TestActors.organisation(jdbc, name);
    }

    long version(ClientId id) {
        return jdbc.sql("select version from client where id = :id").param("id", id.value()).query(Long.class).single();
    }

    /** A referred client of the demo coordinator, with a valid identity number nobody else has. */
    ClientId referred(String name) {
        Actor coordinator = actor("coordinator");
        LocalDate born = LocalDate.of(1970 + RANDOM.nextInt(30), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        return management.register(new RegisterClient(name, "SE", personnummer(born), born, Gender.MALE, "svenska",
                false, "2480", coordinator.unitId().value(), coordinator.userId().value()), coordinator);
    }

    /** A referred client with custody facts: release {@code releaseInDays} from today, the given risk. */
    ClientId inCustody(String name, int releaseInDays, RiskLevel risk, int sentenceMonths) {
        ClientId id = referred(name);
        LocalDate release = LocalDate.now().plusDays(releaseInDays);
        management.recordCustody(id, new RecordCustody(prison("Anstalten Umeå"), release.minusMonths(sentenceMonths * 2L / 3),
                sentenceMonths, release, release.plusMonths(sentenceMonths / 3 + 1), release.plusYears(1), false,
                OffenceCategory.NARCOTICS, risk, "LS/CMI", LocalDate.now().minusDays(10), null, version(id)),
                actor("coordinator"));
        return id;
    }

    /**
     * A valid Swedish personnummer (12 digits) for the date, with a random serial never handed out before in this
     * test run: the tests share one database, and two clients with one number are refused as the same person.
     */
    static String personnummer(LocalDate born) {
        while (true) {
            String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), RANDOM.nextInt(1000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            String number = born.getYear() + nine.substring(2) + (10 - sum % 10) % 10;
            if (ISSUED.add(number)) {
                return number;
            }
        }
    }
}
