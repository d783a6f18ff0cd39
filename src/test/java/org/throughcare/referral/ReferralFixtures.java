package org.throughcare.referral;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;

/** The demo's services to refer to, and a worker at the addiction service, for referral tests. */
final class ReferralFixtures {

    static final String ADDICTION = "Öppenvårdsbehandling vid beroende";

    private final JdbcClient jdbc;

    ReferralFixtures(JdbcClient jdbc, IdentityManagement identity) {
        this.jdbc = jdbc;
        if (jdbc.sql("select count(*) from app_user where username = 'addiction'").query(Long.class).single() == 0) {
            identity.createUser(new CreateUser("addiction", "Sofia Ekström", null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(organisation("Beroendemottagningen Umeå")), null));
        }
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n").param("n", name).query(UUID.class).single();
    }

    /** The service of that name offered by that organisation. */
    UUID service(String name, String organisation) {
        return jdbc.sql("""
                select s.id from service s join organisation o on o.id = s.organisation_id
                where s.name = :s and o.name = :o""").param("s", name).param("o", organisation)
                .query(UUID.class).single();
    }

    UUID addictionUmea() {
        return service(ADDICTION, "Beroendemottagningen Umeå");
    }

    static String sendJson(UUID service, String area, String measure, String outsideReason) {
        return """
                {"serviceId": "%s", "needArea": "%s", "reason": "Daily amphetamine use before custody; relapse risk",
                 "urgency": "URGENT", "clientWishes": "Wants an outpatient group, not residential care",
                 "goals": ["Stay drug-free for three months", "Take part in an outpatient group"],
                 "measureId": %s, "outsideAreaReason": %s}"""
                .formatted(service, area, measure == null ? "null" : "\"" + measure + "\"",
                        outsideReason == null ? "null" : "\"" + outsideReason + "\"");
    }

    long referrals(ClientId client) {
        return jdbc.sql("select count(*) from referral where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }

    long changes(ClientId client) {
        return jdbc.sql("select count(*) from referral_change c join referral r on r.id = c.referral_id "
                + "where r.client_id = :c").param("c", client.value()).query(Long.class).single();
    }

    static PlanFixtures plan(JdbcClient jdbc, org.throughcare.client.ClientManagement clients,
                             org.throughcare.group.GroupManagement groups,
                             org.throughcare.group.ConsentManagement consents) {
        return new PlanFixtures(jdbc, clients, groups, consents);
    }
}
