package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Details read as facts, in today's shape and in the shapes older entries were written in. */
class AuditFactsTests {

    @Test
    void pairsBecomeFactsAndEmptyValuesAreLeftOut() {
        assertThat(AuditFacts.of("READ", "category=BASIC_AND_CUSTODY; ground=NO_CONSENT")).containsExactly(
                new AuditFact("category", "BASIC_AND_CUSTODY"), new AuditFact("ground", "NO_CONSENT"));
        assertThat(AuditFacts.of("USER_CREATED", "role=MANAGER; organisation=null; unit="))
                .containsExactly(new AuditFact("role", "MANAGER"));
        assertThat(AuditFacts.of("ORGANISATION_CREATED", "name=Socialtjänsten; type=SOCIAL_SERVICES; municipalities=2480,0180"))
                .containsExactly(new AuditFact("name", "Socialtjänsten"), new AuditFact("type", "SOCIAL_SERVICES"),
                        new AuditFact("municipalities", List.of("2480", "0180")));
        assertThat(AuditFacts.write(new AuditFact("from", "SCREENED"), new AuditFact("to", "CONSENTED")))
                .isEqualTo("from=SCREENED; to=CONSENTED");
    }

    @Test
    void olderShapesAreReadAsTheFactsTheyHold() {
        assertThat(AuditFacts.of("CLIENT_STAGE_CHANGED", "SCREENED->CONSENTED")).containsExactly(
                new AuditFact("from", "SCREENED"), new AuditFact("to", "CONSENTED"));
        assertThat(AuditFacts.of("CLIENT_SCREENED", "ELIGIBLE")).containsExactly(new AuditFact("decision", "ELIGIBLE"));
        assertThat(AuditFacts.of("GROUP_MEMBER_ADDED", "CASE_WORKER 8f1d2a34-1111-4c4c-9d9d-123456789abc"))
                .containsExactly(new AuditFact("groupRole", "CASE_WORKER"),
                        new AuditFact("organisation", "8f1d2a34-1111-4c4c-9d9d-123456789abc"));
        assertThat(AuditFacts.of("CONSENT_RECORDED", "DIGITAL [PLAN_AND_MEASURES, NEEDS_ASSESSMENT] "
                + "[8f1d2a34-1111-4c4c-9d9d-123456789abc]")).containsExactly(new AuditFact("form", "DIGITAL"),
                new AuditFact("categories", List.of("PLAN_AND_MEASURES", "NEEDS_ASSESSMENT")),
                new AuditFact("organisations", List.of("8f1d2a34-1111-4c4c-9d9d-123456789abc")));
        assertThat(AuditFacts.of("AUDIT_LOG_READ", "page 3")).containsExactly(new AuditFact("page", "3"));
        assertThat(AuditFacts.of("AUDIT_CHAIN_VERIFIED", "broken at 17")).containsExactly(
                new AuditFact("check", "broken"), new AuditFact("brokenAt", "17"));
        assertThat(AuditFacts.of("LOGIN", "BAD_CREDENTIALS")).containsExactly(new AuditFact("reason", "BAD_CREDENTIALS"));
        assertThat(AuditFacts.of("RELEASE_DAY_CHANGED", "FIRST_NIGHT")).containsExactly(new AuditFact("item", "FIRST_NIGHT"));
        assertThat(AuditFacts.of("ASSESSMENT_RECORDED", "version 2")).containsExactly(new AuditFact("version", "2"));
    }

    @Test
    void whatFitsNoShapeIsKeptWholeAsANote() {
        assertThat(AuditFacts.of("CONTACT_CREATED", "Eva Ek")).containsExactly(new AuditFact("note", "Eva Ek"));
        assertThat(AuditFacts.of("CLIENT_STAGE_CHANGED", "odd")).containsExactly(new AuditFact("note", "odd"));
        assertThat(AuditFacts.of("READ", null)).isEmpty();
    }

    @Test
    void codesHaveTheirMessagePrefixAndPlainValuesNone() {
        assertThat(new AuditFact("category", "X").messagePrefix()).isEqualTo("category.");
        assertThat(new AuditFact("to", "X").messagePrefix()).isEqualTo("stage.");
        assertThat(new AuditFact("name", "X").messagePrefix()).isNull();
    }
}
