package org.throughcare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;

@IntegrationTest
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataLoader loader;

    @Test
    void theTrialMunicipalitiesEachHaveAProbationOfficeAndEveryCollaboratingAgency() {
        for (String municipality : List.of("Umeå", "Norrköping", "Göteborg")) {
            List<String> types = jdbc.sql("""
                            select distinct o.agency_type from organisation o
                            join organisation_municipality om on om.organisation_id = o.id
                            join municipality m on m.code = om.municipality_code where m.name = :name""")
                    .param("name", municipality).query(String.class).list();
            assertThat(types).as(municipality).contains("PROBATION", "SOCIAL_SERVICES", "EMPLOYMENT_SERVICE",
                    "DEBT_ENFORCEMENT", "SOCIAL_INSURANCE", "POLICE", "ADDICTION_CARE", "PSYCHIATRY", "HOUSING",
                    "CIVIL_SOCIETY");
        }
        assertThat(jdbc.sql("select count(*) from organisation where agency_type = 'PRISON'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from organisation o where not exists (select 1 from contact c where c.organisation_id = o.id)
                and o.name <> 'Kriminalvårdens huvudkontor' and o.id in (select organisation_id from unit)""")
                .query(Long.class).single()).as("demo organisations without a named contact").isZero();
    }

    @Test
    void theDemoHasAnEarlyReleaseAndATransferInItsCustodyHistory() {
        // The demo's own events, recorded on the page by its coordinator (other tests add events of their own).
        assertThat(jdbc.sql("""
                        select distinct e.kind from custody_event e join app_user u on u.id = e.recorded_by
                        where u.username = 'coordinator' and e.source = 'PAGE' and e.reason in
                          ('Granted home detention curfew by the prison', 'Moved to take part in a treatment programme')""")
                .query(String.class).list()).containsExactlyInAnyOrder("EARLY_RELEASE", "TRANSFER");
    }

    @Test
    void thereIsOneDemoUserForEveryRole() {
        assertThat(jdbc.sql("select username || ':' || role from app_user where username in "
                        + "('coordinator','partner','prison','manager','analyst','admin')").query(String.class).list())
                .containsExactlyInAnyOrder("coordinator:COORDINATOR", "partner:PARTNER_WORKER", "prison:PRISON_STAFF",
                        "manager:MANAGER", "analyst:NATIONAL_ANALYST", "admin:ADMINISTRATOR");
    }

    @Test
    void theDemoCoordinatorsClientsCoverEveryStageAndSomeHaveAGroup() {
        assertThat(jdbc.sql("""
                        select distinct c.stage from client c join app_user u on u.id = c.coordinator_id
                        where u.username = 'coordinator'""").query(String.class).list())
                .containsExactlyInAnyOrder("REFERRED", "SCREENED", "CONSENTED", "ENROLLED", "RELEASED", "COMPLETED",
                        "RETURNED_TO_CUSTODY", "DECLINED", "WITHDREW", "MOVED", "DIED", "EXPELLED");
        assertThat(jdbc.sql("""
                        select count(distinct m.client_id) from group_member m join app_user u on u.id = m.user_id
                        where u.username = 'partner'""").query(Long.class).single()).isPositive();
    }

    @Test
    void startingAgainDoesNotLoadTheDemoTwice() throws Exception {
        long organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        loader.run(null);
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(organisations);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(users);
    }
}
