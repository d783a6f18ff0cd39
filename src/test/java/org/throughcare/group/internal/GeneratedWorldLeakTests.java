package org.throughcare.group.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.assessment.AreaAssessment;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.assessment.RecordAssessment;
import org.throughcare.client.ChangeStage;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Criterion;
import org.throughcare.client.Eligibility;
import org.throughcare.client.Gender;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RecordScreening;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.RiskLevel;
import org.throughcare.client.Stage;
import org.throughcare.client.TestNumbers;
import org.throughcare.group.AddMember;
import org.throughcare.group.ConsentDocument;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.EndMembership;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.ArrangeReleaseDay;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.ReleaseDayEntry;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;

/**
 * Generated worlds built through the real services — a client in or out of custody, group members joined
 * and ended, consents partial, expiring and withdrawn — and every client-data read endpoint called as every
 * kind of user. Each answer must be what the independent oracle of the rules says: zero leaks, and no
 * refusal of what the rules allow. Each world also has an assessment (every area rated), measures and two
 * release-day arrangements, so that the assessment and plan reads are checked area by area: an area is read
 * under its category, and plan work in an area also needs the area's category where that is not the
 * assessment's own. The group, the consents, their coverage, the signed forms and the timeline are checked
 * field by field against {@link DisclosureOracle}: members from psychiatry and addiction care, treatment roles,
 * health scopes, free-text reasons and screenings. A world in custody then has its release date moved, and each
 * reader's inbox is checked against the oracle's notice rule, and the webhook queued for the reader's
 * organisation and the administrator's delivery logs against its webhook rule.
 */
@IntegrationTest
class GeneratedWorldLeakTests {

    private static final int WORLDS = 30;
    private static final byte[] SIGNED_FORM = "%PDF-1.7\n% signed\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String[] READERS = {"coordinator", "manager", "partner", "partner.world", "prison", "analyst",
            "admin", "coordinator.norrkoping"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    ClientLifecycle lifecycle;
    @Autowired
    CustodyEvents custodyEvents;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    IdentityManagement identity;
    @Autowired
    AssessmentManagement assessments;
    @Autowired
    PlanManagement plans;
    @Autowired
    org.throughcare.plan.ReleaseDayArrangements releaseDay;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    org.throughcare.meeting.MeetingManagement meetings;
    @Autowired
    org.throughcare.meeting.CalendarFeedManagement feedManagement;
    @Autowired
    org.throughcare.meeting.MeetingHolding holding;
    @Autowired
    org.throughcare.referral.ReferralManagement referrals;
    @Autowired
    org.throughcare.notification.webhook.WebhookAdministration webhooks;

    private org.throughcare.notification.NoticeFixtures notices;

    /**
     * The readers' accounts as signing in makes them. The first world signs in with the password on every
     * request; the others use the account loaded once, since a password check (Argon2) on each of thousands of
     * requests would be most of the run.
     */
    private final Map<String, UserDetails> signedIn = new HashMap<>();
    private boolean signInEachRequest;

    @Test
    void everyReadEndpointAnswersEveryUserExactlyAsTheRulesSay() throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'partner.world'").query(Long.class).single() == 0) {
            identity.createUser(new CreateUser("partner.world", "World Partner", null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(organisation("Arbetsförmedlingen Umeå")), null));
        }
        LocalDate today = LocalDate.now();
        Actor coordinator = actor("coordinator");
        Set<UUID> healthOrganisations = Set.of(organisation("Psykiatrin Umeå"), organisation("Beroendemottagningen Umeå"));
        List<UUID> consentable = List.of(organisation("Socialtjänsten Umeå"), organisation("Arbetsförmedlingen Umeå"),
                organisation("Anstalten Umeå"), organisation("Frivården Norrköping"), organisation("Psykiatrin Umeå"));
        // Members without an account: a psychiatry and an addiction-care contact, a social worker in treatment.
        UUID[] contacts = {contactAt("Psykiatrin Umeå"), contactAt("Beroendemottagningen Umeå"),
                contactAt("Socialtjänsten Umeå")};
        int signedForms = 0;
        int healthHidden = 0;
        int screeningsHidden = 0;
        int custodyReasonsHidden = 0;
        Random random = new Random(20261122);
        int checks = 0;
        int measuresMade = 0;
        // That the worlds reach every branch: an assessment or a plan partly hidden, a plan and a measure refused
        // and shown, the medication hidden, a flag in an area whose plan is seen but not its rating.
        int partlyHiddenAssessments = 0;
        int partlyHiddenPlans = 0;
        int refusedPlans = 0;
        int refusedMeasures = 0;
        int shownMeasures = 0;
        int hiddenMedication = 0;
        int flagsWithoutTheirRating = 0;
        int noticesTold = 0;
        int noticesWithheld = 0;
        int startPageLines = 0;
        int startPageMissing = 0;
        // Meetings: the agenda shown and withheld, an invited health agency named and withheld.
        int agendasShown = 0;
        int agendasHidden = 0;
        int healthInviteesHidden = 0;
        int meetingChecks = 0;
        int heldMeetingTextsWithheld = 0;
        int heldMeetingChecks = 0;
        int serviceChecks = 0;
        int followupChecks = 0;
        int healthMeasures = 0;
        int healthOwnersWithheld = 0;
        int healthPrints = 0;
        int checksShown = 0;
        int referralsShown = 0;
        int referralsHidden = 0;
        int queuesChecked = 0;
        int queueLinesShown = 0;
        UUID housing = organisation("Bostadsenheten Umeå");
        UUID housingService = jdbc.sql("""
                select id from service where organisation_id = :o and name = 'Boendestöd efter frigivning'""")
                .param("o", housing).query(UUID.class).single();
        if (jdbc.sql("select count(*) from app_user where username = 'housing.world'").query(Long.class).single() == 0) {
            identity.createUser(new CreateUser("housing.world", "World Housing", null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(organisation("Bostadsenheten Umeå")), null));
        }
        for (String username : READERS) {
            signedIn.put(username, accounts.loadUserByUsername(username));
        }
        signedIn.put("housing.world", accounts.loadUserByUsername("housing.world"));
        notices = new org.throughcare.notification.NoticeFixtures(jdbc, clients);
        // Each reader's calendar subscription, made once: the token is in the address shown when it is made.
        Map<String, String> feedTokens = new HashMap<>();
        for (String username : READERS) {
            String address = feedManagement.newToken(actor(username), java.util.Locale.ENGLISH).address();
            feedTokens.put(username, address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length()));
        }
        int feedsListing = 0;
        // Webhook endpoints of the organisations of partner and partner.world, for moved release dates: a world's
        // move is queued for an organisation exactly when its reader is told, and its body and delivery log carry
        // nothing of the client. Nobody listens at the address; the tests' sender does not run on its own.
        Map<String, UUID> webhookEndpoints = new HashMap<>();
        for (String username : new String[] {"partner", "partner.world"}) {
            webhookEndpoints.put(username, webhooks.create(new org.throughcare.notification.webhook.SaveWebhookEndpoint(
                    actor(username).organisationId().value(), "http://127.0.0.1:9/oracle", null,
                    List.of("RELEASE_DATE_CHANGED"), null), actor("admin")).endpointId());
        }
        int webhooksQueued = 0;
        int webhookLogLines = 0;
        for (int w = 0; w < WORLDS; w++) {
            signInEachRequest = w == 0;
            LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            // A letters-only token, so that a search for it matches this name and no identity number.
            String name = "World " + random.ints(10, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            // Referred before the earliest membership and consent the world draws: nothing precedes the referral.
            ClientId client = clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born,
                    Gender.MALE, null, false, "2480", coordinator.unitId().value(), coordinator.userId().value(),
                    today.minusDays(60)), coordinator);
            boolean inCustody = random.nextBoolean();
            String custodyReason = null;
            if (inCustody) {
                clients.recordCustody(client, new RecordCustody(organisation("Anstalten Umeå"), null, null,
                        // Released within days (after the start-page tests' clients released today): among the
                        // first releases on the start pages of those who see them.
                        today.plusDays(2 + w % 3), null, null, false, null, RiskLevel.HIGH, "LS/CMI", today.minusDays(1), null,
                        version(client)), coordinator);
                // A custody event with a reason of free text ("granted after…"), as a prison would record it.
                // From a generator of its own, so that the worlds drawn from the seed stay the ones they were.
                custodyReason = "custody" + word(new Random(7919L * (w + 1)));
                custodyEvents.record(client, CustodyEventKind.EARLY_RELEASE, new RecordCustodyEvent(today.plusDays(1),
                        null, null, EarlyReleaseType.ELECTRONIC_MONITORING, null, custodyReason, version(client)),
                        coordinator);
            }
            List<AccessRules.Membership> members = new ArrayList<>();
            List<DisclosureOracle.Member> roster = new ArrayList<>();
            for (String worker : new String[] {"partner", "partner.world", "prison", "coordinator.norrkoping"}) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                Actor person = actor(worker);
                LocalDate from = today.plusDays(random.nextInt(20) - 15);
                String addReason = "added" + word(random);
                UUID member = groups.addMember(client, new AddMember(person.userId().value(), null, GroupRole.OTHER,
                        from, addReason), coordinator);
                LocalDate to = null;
                String endReason = null;
                if (random.nextInt(3) == 0) {
                    to = from.plusDays(random.nextInt(10));
                    endReason = "ended" + word(random);
                    groups.endMembership(client, member, new EndMembership(to, endReason), coordinator);
                }
                members.add(new AccessRules.Membership(person.userId().value(), person.organisationId().value(), from, to));
                roster.add(new DisclosureOracle.Member(member, person.organisationId().value(), false, from, to,
                        addReason, endReason));
            }
            List<UUID> contactsInGroup = new ArrayList<>();
            for (int c = 0; c < contacts.length; c++) {
                if (random.nextBoolean()) {
                    continue;
                }
                UUID contact = contacts[c];
                contactsInGroup.add(contact);
                GroupRole role = c == 2 ? GroupRole.TREATMENT : GroupRole.CONTACT_OFFICER;
                LocalDate from = today.minusDays(random.nextInt(5));
                String addReason = "added" + word(random);
                UUID member = groups.addMember(client, new AddMember(null, contact, role, from, addReason), coordinator);
                roster.add(new DisclosureOracle.Member(member, contactOrganisation(contact), true, from, null,
                        addReason, null));
            }
            List<AccessRules.Consent> given = new ArrayList<>();
            List<DisclosureOracle.Consent> documented = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                Set<UUID> covered = new HashSet<>();
                consentable.forEach(o -> {
                    if (random.nextBoolean()) {
                        covered.add(o);
                    }
                });
                Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
                // Half the categories, so that a plan is often seen with some of its areas and not others.
                for (DataCategory category : DataCategory.values()) {
                    if (random.nextBoolean()) {
                        categories.add(category);
                    }
                }
                if (covered.isEmpty() || categories.isEmpty()) {
                    continue;
                }
                LocalDate givenOn = today.minusDays(random.nextInt(30));
                LocalDate validUntil = random.nextBoolean() ? null : givenOn.plusDays(1 + random.nextInt(40));
                ConsentForm form = ConsentForm.values()[random.nextInt(ConsentForm.values().length)];
                String witness = form == ConsentForm.ORAL ? "witness" + word(random) : null;
                String documentName = form == ConsentForm.WRITTEN ? "form" + word(random) + ".pdf" : null;
                UUID consent = consents.record(client, new RecordConsent(form, givenOn, witness, true,
                        "2026-1", validUntil, List.copyOf(covered), List.copyOf(categories)),
                        documentName == null ? null : new ConsentDocument(documentName, SIGNED_FORM), coordinator);
                LocalDate withdrawn = null;
                String how = null;
                if (random.nextInt(3) == 0) {
                    withdrawn = givenOn.plusDays(random.nextInt((int) (today.toEpochDay() - givenOn.toEpochDay()) + 1));
                    how = "withdrawn" + word(random);
                    consents.withdraw(client, consent, new WithdrawConsent(withdrawn, how), coordinator);
                }
                AccessRules.Consent terms = new AccessRules.Consent(covered, categories, givenOn, validUntil, withdrawn);
                given.add(terms);
                documented.add(new DisclosureOracle.Consent(consent, terms, witness, how, documentName));
            }
            // The housing service's organisation (where no reader works) covered for the needs assessment, as the
            // coordinator records it before referring there; from a generator of its own, so the worlds stay.
            Random referralDraws = new Random(15485863L * (w + 1));
            AccessRules.Consent housingTerms = new AccessRules.Consent(Set.of(housing),
                    Set.of(DataCategory.NEEDS_ASSESSMENT), today, null, null);
            UUID housingConsent = consents.record(client, new RecordConsent(ConsentForm.DIGITAL, today, null, true,
                    "2026-1", null, List.of(housing), List.of(DataCategory.NEEDS_ASSESSMENT)), null, coordinator);
            given.add(housingTerms);
            documented.add(new DisclosureOracle.Consent(housingConsent, housingTerms, null, null, null));
            DisclosureOracle.Timeline screened = null;
            if (random.nextBoolean()) {
                Eligibility decision = random.nextBoolean() ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE;
                String reason = "screened" + word(random);
                Criterion.Status met = Criterion.Status.MET;
                lifecycle.screen(client, new RecordScreening(met, null, met, null, met, null, met, null, met, null, met,
                        null, decision, reason, version(client)), coordinator);
                String stageReason = null;
                if (decision == Eligibility.ELIGIBLE) {
                    stageReason = "consented" + word(random);
                    lifecycle.changeStage(client, new ChangeStage(Stage.CONSENTED, today, stageReason, version(client)),
                            coordinator);
                }
                screened = new DisclosureOracle.Timeline(decision, reason, stageReason);
            }
            DisclosureOracle.World surroundings = new DisclosureOracle.World(roster, documented, healthOrganisations,
                    screened);
            AccessRulesPropertyTests.World world = new AccessRulesPropertyTests.World(List.of(),
                    new AccessRules.ClientFacts(coordinator.unitId().value(), coordinator.userId().value(),
                            inCustody ? organisation("Anstalten Umeå") : null), members, given);

            // The assessment and the plan, as the coordinator: every text a word no other world has, so that a
            // body can be searched for what the reader must not see.
            Map<NeedArea, Rating> ratings = new EnumMap<>(NeedArea.class);
            Map<NeedArea, String> clientViews = new EnumMap<>(NeedArea.class);
            List<AreaAssessment> assessed = new ArrayList<>();
            for (NeedArea area : NeedArea.values()) {
                ratings.put(area, Rating.values()[random.nextInt(Rating.values().length)]);
                clientViews.put(area, "view" + word(random));
                assessed.add(new AreaAssessment(area, ratings.get(area), clientViews.get(area), null, null));
            }
            assessments.record(client, new RecordAssessment(today, assessed, null), coordinator);
            UUID ownOrganisation = coordinator.organisationId().value();
            Map<UUID, NeedArea> measureAreas = new LinkedHashMap<>();
            Map<UUID, Phase> measurePhases = new HashMap<>();
            Map<UUID, String> descriptions = new HashMap<>();
            for (int m = 1 + random.nextInt(2); m > 0; m--) {
                NeedArea area = NeedArea.values()[random.nextInt(NeedArea.values().length)];
                // In custody half the time, so that a measure often has nothing to continue it after release.
                Phase phase = random.nextBoolean() ? Phase.IN_CUSTODY
                        : random.nextBoolean() ? Phase.AT_RELEASE : Phase.AFTER_RELEASE;
                String description = "measure" + word(random);
                UUID measure = plans.addMeasure(client, new AssignMeasure(area, description,
                        MeasureType.values()[random.nextInt(MeasureType.values().length)], ownOrganisation,
                        coordinator.userId().value(), null, phase, null, null, null), coordinator);
                measureAreas.put(measure, area);
                measurePhases.put(measure, phase);
                descriptions.put(measure, description);
            }
            String medication = "medication" + word(random);
            String firstNight = "firstnight" + word(random);
            releaseDay.save(client, new ArrangeReleaseDay(List.of(
                    new ReleaseDayEntry(ReleaseDayItem.MEDICATION, medication, ownOrganisation, null, null),
                    new ReleaseDayEntry(ReleaseDayItem.FIRST_NIGHT, firstNight, ownOrganisation, null, null))),
                    coordinator);
            // A health agency of the group owns the transport and, where consent lets it own work in an area, a
            // measure: which agency that is, and its member, are named only to readers of health data (from a
            // generator of its own, so that the worlds drawn from the seed stay the ones they were).
            Random healthDraws = new Random(104729L * (w + 1));
            DisclosureOracle.Member healthMember = roster.stream()
                    .filter(m -> healthOrganisations.contains(m.organisationId()) && m.currentOn(today)).findFirst()
                    .orElse(null);
            HealthOwner healthOwner = null;
            if (healthMember != null) {
                UUID contact = jdbc.sql("select contact_id from group_member where id = :id")
                        .param("id", healthMember.id()).query(UUID.class).single();
                healthOwner = new HealthOwner(healthMember.organisationId(), jdbc.sql(
                                "select name from organisation where id = :id").param("id", healthMember.organisationId())
                        .query(String.class).single(), jdbc.sql("select full_name from contact where id = :id")
                        .param("id", contact).query(String.class).single(), null, null);
                String transport = "transport" + word(healthDraws) + " with " + healthOwner.name();
                releaseDay.save(client, new ArrangeReleaseDay(List.of(new ReleaseDayEntry(ReleaseDayItem.TRANSPORT,
                        transport, healthOwner.id(), healthOwner.person(), null))), coordinator);
                NeedArea area = NeedArea.values()[healthDraws.nextInt(NeedArea.values().length)];
                String description = "healthowned" + word(healthDraws);
                UUID measure = null;
                try {
                    measure = plans.addMeasure(client, new AssignMeasure(area, description, MeasureType.values()[
                            healthDraws.nextInt(MeasureType.values().length)], healthOwner.id(), null, contact,
                            Phase.AFTER_RELEASE, null, null, null), coordinator);
                    // Accepted, as its owner would (a contact has no account): so the flags are stated as for the
                    // coordinator's own measures, accepted and open.
                    jdbc.sql("update plan_measure set status = 'ACCEPTED' where id = :m").param("m", measure).update();
                    measureAreas.put(measure, area);
                    measurePhases.put(measure, Phase.AFTER_RELEASE);
                    descriptions.put(measure, description);
                    healthMeasures++;
                } catch (org.throughcare.shared.InvalidInputException notCoveredForTheArea) {
                    // Consent does not let the agency own work in that area: the arrangement alone shows it.
                }
                healthOwner = new HealthOwner(healthOwner.id(), healthOwner.name(), healthOwner.person(), transport,
                        measure);
            }
            measuresMade += measureAreas.size();
            // A moved release date, once the world stands, told to those the rules name (its own random source, so
            // the worlds above stay what they were; still within days, so the start page's release lines stay).
            LocalDate moved = null;
            String moveReason = null;
            if (inCustody) {
                moved = today.plusDays(5 + w % 3);
                moveReason = "moved" + word(new Random(7919L * (w + 1)));
                notices.moveRelease(client, moved, moveReason, "coordinator");
                notices.awaitDelivered();
                // And the plan re-planned: the arrangements made for the old date wait to be checked.
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                        .pollInterval(java.time.Duration.ofMillis(50)).until(() -> jdbc.sql("""
                                select count(*) from event_publication where completion_date is null
                                  and listener_id like '%ReleaseReplanningListener%'""").query(Long.class).single() == 0);
            }
            // A meeting with an agenda no other world has, the group's contacts (health agencies, a treatment role)
            // invited; booked as the coordinator, with no random draw, so the worlds above stay what they were.
            String agenda = "agenda" + word(new Random(104729L * (w + 1)));
            // The coordinator is invited too (booking it themselves, they are told of nothing), so that one reader's
            // calendar feed lists it.
            List<String> invitees = new ArrayList<>(contactsInGroup.stream().map(c -> "contact:" + c).toList());
            invitees.add("user:" + coordinator.userId());
            UUID meeting = meetings.book(client, new org.throughcare.meeting.BookMeeting(today.plusDays(1),
                    java.time.LocalTime.of(10, 0), 60, org.throughcare.meeting.PlaceKind.PHONE, null, null, null,
                    agenda, true, invitees, null, null), coordinator);
            String idNumber = jdbc.sql("select id_number from client where id = :id").param("id", client.value())
                    .query(String.class).single();
            String referralReason = "referral" + word(referralDraws);
            UUID referral = referrals.send(client, new org.throughcare.referral.SendReferral(housingService,
                    NeedArea.ACCOMMODATION, referralReason, org.throughcare.referral.Urgency.ROUTINE,
                    "wishes" + word(referralDraws), List.of("goal" + word(referralDraws)), null, null), coordinator);
            // The housing service's own worker sees the referral in its queue under the consent for housing: the
            // area (needs assessment, covered), never the name (basic facts are covered for housing by no consent).
            // The queue is paged in the order sent: the page this referral is on, from how many were sent before it.
            long before = jdbc.sql("""
                    select count(*) from referral r, referral mine where mine.id = :id
                    and r.organisation_id = mine.organisation_id and r.status in ('SENT', 'ACCEPTED', 'WAITING')
                    and (r.referred_at < mine.referred_at or (r.referred_at = mine.referred_at and r.id < mine.id))""")
                    .param("id", referral).query(Long.class).single();
            String housingQueue = page("housing.world", "/referrals/queue?page="
                    + (before / org.throughcare.shared.PageRequest.DEFAULT_SIZE + 1))
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            int line = housingQueue.indexOf("id=\"referral-" + referral + "\"");
            assertThat(line).as("world " + w + ": the referral in the housing worker's queue").isNotNegative();
            String queueLine = housingQueue.substring(line, housingQueue.indexOf("</tr>", line));
            assertThat(queueLine).as("world " + w + ": the housing worker's queue line")
                    .contains("Accommodation").contains("Name not covered by consent").doesNotContain(name)
                    .doesNotContain(referralReason);
            queueLinesShown++;
            Map<UUID, String> invitedNames = new HashMap<>();
            contactsInGroup.forEach(c -> invitedNames.put(contactOrganisation(c), jdbc.sql(
                    "select full_name from contact where id = :id").param("id", c).query(String.class).single()));
            // A meeting held two days ago with the same people: minutes, a correction and a decision no other world
            // has. The client was registered today; the registration is moved back for the booking and restored.
            Random heldWords = new Random(7919L * (w + 1));
            DisclosureOracle.HeldMeeting heldTexts = new DisclosureOracle.HeldMeeting("minutes" + word(heldWords),
                    "correction" + word(heldWords), "decision" + word(heldWords));
            UUID heldMeeting = heldMeeting(client, contactsInGroup, heldTexts, coordinator, today);
            Map<String, Set<DataCategory>> measureTexts = new HashMap<>();
            descriptions.forEach((id, text) -> measureTexts.put(text, measureAreas.get(id).planCategories()));

            if (healthOwner != null) {
                healthPrints += printsForEachOrganisation(client, healthOwner, w);
            }

            for (String username : READERS) {
                Actor reader = actor(username);
                AccessRules.Reader asReader = new AccessRules.Reader(reader.userId().value(), reader.role(),
                        reader.organisationId() == null ? null : reader.organisationId().value(),
                        reader.unitId() == null ? null : reader.unitId().value());
                Set<DataCategory> readable = AccessRulesPropertyTests.oracle(asReader, world, Action.READ, today);
                boolean basic = readable.contains(DataCategory.BASIC_AND_CUSTODY);
                boolean manages = !AccessRulesPropertyTests.oracle(asReader, world, Action.WRITE, today).isEmpty();
                // The start page: lines about this client only for those who may see its basic facts.
                String start = mvc.perform(get("/").with(user(signedIn.get(username)))).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                DisclosureOracle.Shown onStartPage = DisclosureOracle.startPage(surroundings, start, name, measureTexts,
                        readable, manages, moved != null, today, username + " in world " + w + ": ");
                startPageLines += onStartPage.lines();
                startPageMissing += onStartPage.missing();
                String base = "/api/v1/clients/" + client;
                Map<String, String> bodies = new HashMap<>();
                for (String path : new String[] {"", "/timeline", "/group", "/consents", "/consents/coverage",
                        "/custody-events"}) {
                    MockHttpServletResponse response = read(username, base + path);
                    assertThat(response.getStatus()).as("%s GET %s in world %d", username, path, w)
                            .isEqualTo(basic ? 200 : 403);
                    bodies.put(path, response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                    if (!basic) {
                        assertThat(response.getContentAsString()).as("a refusal names nobody").doesNotContain(name);
                    }
                    checks++;
                }
                if (basic) {
                    String in = username + " in world " + w + ": ";
                    DisclosureOracle.group(surroundings, bodies.get("/group"), bodies.get("/consents"),
                            bodies.get("/consents/coverage"), readable, manages, today, in);
                    DisclosureOracle.timeline(surroundings, bodies.get("/timeline"), bodies.get(""), readable, in);
                    DisclosureOracle.custodyHistory(custodyReason, bodies.get("/custody-events"), bodies.get(""),
                            readable, in);
                    custodyReasonsHidden += custodyReason == null
                            || readable.contains(DataCategory.CRIMINAL_HISTORY_AND_RISK) ? 0 : 1;
                    healthHidden += readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)
                            || roster.stream().noneMatch(DisclosureOracle.Member::health) ? 0 : 1;
                    screeningsHidden += screened == null || readable.contains(DataCategory.CRIMINAL_HISTORY_AND_RISK)
                            ? 0 : 1;
                }
                String in = username + " in world " + w + ": ";
                MockHttpServletResponse clientMeetings = read(username, base + "/meetings");
                assertThat(clientMeetings.getStatus()).as("%sGET /meetings", in).isEqualTo(basic ? 200 : 403);
                MockHttpServletResponse oneMeeting = read(username, base + "/meetings/" + meeting);
                String meetingBody = oneMeeting.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(oneMeeting.getStatus()).as("%sGET a meeting", in).isEqualTo(basic ? 200 : 403);
                assertThat(read(username, "/api/v1/meetings").getContentAsString()).as("%sGET my meetings", in)
                        .doesNotContain(agenda);
                MockHttpServletResponse schedule = read(username, base + "/meetings/schedule");
                assertThat(schedule.getStatus()).as("%sGET the meeting schedule", in).isEqualTo(basic ? 200 : 403);
                assertThat(schedule.getContentAsString()).as("%sthe schedule tells no agenda", in).doesNotContain(agenda);
                // The calendar feed, fetched by its token without signing in, and the client's printed invitation.
                String feed = mvc.perform(get("/calendar/" + feedTokens.get(username) + ".ics")).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                feedsListing += DisclosureOracle.calendarFeed(feed, meeting, client.value(), name, idNumber, agenda,
                        invitedNames.values(), basic && username.equals("coordinator"), in) ? 1 : 0;
                MockHttpServletResponse printed = mvc.perform(get("/clients/" + client + "/meetings/" + meeting
                        + "/invitation").with(user(signedIn.get(username)))).andReturn().getResponse();
                assertThat(printed.getStatus()).as("%sGET the printed invitation", in).isEqualTo(basic ? 200 : 403);
                String printedBody = printed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                if (basic) {
                    DisclosureOracle.printedInvitation(printedBody, name, agenda, invitedNames, readable,
                            reader.organisationId() == null ? null : reader.organisationId().value(), in);
                } else {
                    assertThat(printedBody).as("%sa refused invitation tells nothing", in).doesNotContain(name)
                            .doesNotContain(agenda);
                }
                meetingChecks += 6;
                MockHttpServletResponse outcome = read(username, base + "/meetings/" + heldMeeting + "/outcome");
                MockHttpServletResponse figures = read(username, base + "/meetings/figures");
                assertThat(outcome.getStatus()).as("%sGET a held meeting's outcome", in).isEqualTo(basic ? 200 : 403);
                assertThat(figures.getStatus()).as("%sGET the meeting figures", in).isEqualTo(basic ? 200 : 403);
                String outcomeBody = outcome.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                if (basic) {
                    heldMeetingTextsWithheld += DisclosureOracle.heldMeeting(heldTexts, outcomeBody,
                            read(username, base + "/meetings/" + heldMeeting).getContentAsString(
                                    java.nio.charset.StandardCharsets.UTF_8),
                            figures.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), invitedNames,
                            reader.organisationId().value(), readable, in);
                } else {
                    assertThat(outcomeBody).as("%sa refused outcome tells nothing", in).doesNotContain(heldTexts.minutes())
                            .doesNotContain(heldTexts.decision()).doesNotContain(name);
                }
                heldMeetingChecks += 2;
                // The outcome page: refused without basic facts; each answer only with its own category.
                MockHttpServletResponse outcomes = read(username, base + "/outcomes");
                assertThat(outcomes.getStatus()).as("%sGET /outcomes", in).isEqualTo(basic ? 200 : 403);
                if (basic) {
                    org.throughcare.followup.OutcomeOracle.check(outcomes.getContentAsString(
                            java.nio.charset.StandardCharsets.UTF_8), readable, in);
                }
                if (!basic) {
                    assertThat(clientMeetings.getContentAsString() + meetingBody).as("%sa refusal tells nothing", in)
                            .doesNotContain(name).doesNotContain(agenda).doesNotContain(meeting.toString());
                } else {
                    // The agenda is what is discussed: meeting minutes. An invited agency of health or addiction
                    // care, or a member in a treatment role, is named as the group names them: to health readers.
                    boolean minutes = readable.contains(DataCategory.MEETING_MINUTES);
                    assertThat(meetingBody.contains(agenda)).as("%sthe agenda shown", in).isEqualTo(minutes);
                    agendasShown += minutes ? 1 : 0;
                    agendasHidden += minutes ? 0 : 1;
                    for (Map.Entry<UUID, String> invited : invitedNames.entrySet()) {
                        boolean named = readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)
                                || invited.getKey().equals(reader.organisationId().value());
                        assertThat(meetingBody.contains(invited.getValue())).as("%sinvitee %s named", in,
                                invited.getValue()).isEqualTo(named);
                        healthInviteesHidden += named ? 0 : 1;
                    }
                }
                boolean referralShown = DisclosureOracle.referral(read(username, base + "/referrals"),
                        read(username, "/api/v1/referrals/" + referral), referral, name, referralReason, readable,
                        manages, members.stream().anyMatch(m -> m.userId().equals(reader.userId().value())
                                && m.currentOn(today)), in);
                referralsShown += referralShown ? 1 : 0;
                referralsHidden += referralShown ? 0 : 1;
                // The receiving side's queue: the world's referral went to housing, where no reader works, so no
                // reader's queue tells its client, its reason or the referral; only partner and prison staff have one.
                MockHttpServletResponse queueAnswer = page(username, "/referrals/queue");
                boolean receives = reader.role() == Role.PARTNER_WORKER || reader.role() == Role.PRISON_STAFF;
                assertThat(queueAnswer.getStatus()).as(username + " in world " + w + ": the referral queue")
                        .isEqualTo(receives ? 200 : 403);
                assertThat(queueAnswer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                        .as(username + " in world " + w + ": another organisation's referral in the queue")
                        .doesNotContain(name).doesNotContain(referralReason).doesNotContain(referral.toString());
                queuesChecked += receives ? 1 : 0;
                for (DisclosureOracle.Consent consent : documented) {
                    if (consent.documentName() != null) {
                        // The signed form is the case managers' alone: pages only, as a signed-in user.
                        int status = mvc.perform(get("/clients/" + client + "/consents/" + consent.id() + "/document")
                                .with(user(signedIn.get(username)))).andReturn().getResponse().getStatus();
                        assertThat(status).as("%s downloads a signed form in world %d", username, w)
                                .isEqualTo(manages ? 200 : 403);
                        signedForms++;
                    }
                }
                if (basic && inCustody) {
                    Object risk = JsonPath.read(read(username, base).getContentAsString(), "$.custody.riskLevel");
                    assertThat(risk != null).as("%s sees the risk in world %d", username, w)
                            .isEqualTo(readable.contains(DataCategory.CRIMINAL_HISTORY_AND_RISK));
                }
                assertThat(read(username, base + "/access-log").getStatus()).as("%s reads the access log", username)
                        .isEqualTo(manages ? 200 : 403);
                String list = read(username, "/api/v1/clients?q=" + name.substring(name.lastIndexOf(' ') + 1))
                        .getContentAsString();
                int listed = list.isEmpty() || !list.startsWith("{") ? 0 : JsonPath.read(list, "$.totalItems");
                assertThat(listed).as("%s finds the client in a search in world %d", username, w)
                        .isEqualTo(basic ? 1 : 0);
                checks += 2;
                // Services are directory data: for every reader, and for a catalogue reading HSDS without an
                // account, the oracle's rule is that they reveal no category of any client's data at all.
                for (String path : new String[] {"/api/v1/services?size=100", "/hsds/services?per_page=100",
                        "/hsds/organizations?per_page=100"}) {
                    MockHttpServletResponse response = read(username, path);
                    assertThat(response.getStatus()).as("%s GET %s", username, path).isEqualTo(200);
                    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                            .as("%s GET %s in world %d names no client", username, path, w).doesNotContain(name);
                    serviceChecks++;
                }
                // Follow-up figures are counts: for the office manager and the national analyst, about no client by
                // name, id or free text; for everyone else refused outright.
                MockHttpServletResponse followupFigures = read(username, "/api/v1/followup/figures");
                boolean seesFigures = reader.role() == org.throughcare.shared.Role.MANAGER
                        || reader.role() == org.throughcare.shared.Role.NATIONAL_ANALYST;
                assertThat(followupFigures.getStatus()).as("%s GET follow-up figures", username)
                        .isEqualTo(seesFigures ? 200 : 403);
                assertThat(followupFigures.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                        .as("%s GET follow-up figures in world %d", username, w)
                        .doesNotContain(name, client.toString(), agenda, medication, firstNight);
                followupChecks++;

                String as = username + " in world " + w + ": ";
                boolean assessmentReadable = readable.stream().anyMatch(NeedArea.assessmentCategories()::contains);
                for (String path : new String[] {"/assessments/latest", "/assessments"}) {
                    MockHttpServletResponse response = read(username, base + path);
                    String body = response.getContentAsString();
                    assertThat(response.getStatus()).as("%sGET %s", as, path)
                            .isEqualTo(assessmentReadable ? 200 : 403);
                    checks++;
                    if (!assessmentReadable) {
                        assertThat(body).as("%sa refusal names nobody", as).doesNotContain(name);
                        continue;
                    }
                    for (NeedArea area : NeedArea.values()) {
                        if (!readable.contains(area.category())) {
                            assertThat(body).as("%sGET %s hides %s", as, path, area)
                                    .doesNotContain(clientViews.get(area));
                        }
                    }
                    if (path.endsWith("/latest")) {
                        List<Map<String, Object>> areas = JsonPath.read(body, "$.areas");
                        assertThat(areas).as("%severy area listed", as).hasSize(NeedArea.values().length);
                        boolean partlyHidden = false;
                        for (Map<String, Object> shown : areas) {
                            NeedArea area = NeedArea.valueOf((String) shown.get("area"));
                            boolean visible = readable.contains(area.category());
                            partlyHidden |= !visible;
                            assertThat(shown.get("category")).as("%s%s category", as, area)
                                    .isEqualTo(area.category().name());
                            assertThat(shown.get("visible")).as("%s%s visible", as, area).isEqualTo(visible);
                            assertThat(shown.get("rating")).as("%s%s rating", as, area)
                                    .isEqualTo(visible ? ratings.get(area).name() : null);
                            assertThat(shown.get("clientView")).as("%s%s client's view", as, area)
                                    .isEqualTo(visible ? clientViews.get(area) : null);
                        }
                        partlyHiddenAssessments += partlyHidden ? 1 : 0;
                    } else {
                        assertThat(JsonPath.<List<Object>>read(body, "$[*].version")).as("%sversions", as)
                                .containsExactly(1);
                    }
                }

                boolean planReadable = readable.contains(DataCategory.PLAN_AND_MEASURES);
                MockHttpServletResponse plan = read(username, base + "/plan");
                String planBody = plan.getContentAsString();
                assertThat(plan.getStatus()).as("%sGET /plan", as).isEqualTo(planReadable ? 200 : 403);
                checks++;
                if (!planReadable) {
                    refusedPlans++;
                    assertThat(planBody).as("%sa refusal names nobody", as).doesNotContain(name);
                } else {
                    List<Map<String, Object>> areas = JsonPath.read(planBody, "$.areas");
                    assertThat(areas).as("%severy plan area listed", as).hasSize(NeedArea.values().length);
                    boolean partlyHidden = false;
                    for (Map<String, Object> shown : areas) {
                        NeedArea area = NeedArea.valueOf((String) shown.get("area"));
                        boolean visible = readable.containsAll(area.planCategories());
                        partlyHidden |= !visible;
                        assertThat(shown.get("visible")).as("%splan %s visible", as, area).isEqualTo(visible);
                        assertThat(shown.get("rating")).as("%splan %s rating", as, area)
                                .isEqualTo(readable.contains(area.category()) ? ratings.get(area).name() : null);
                        List<String> measuresShown = JsonPath.read(shown, "$.measures[*].id");
                        assertThat(measuresShown).as("%splan %s measures", as, area)
                                .containsExactlyInAnyOrderElementsOf(!visible ? List.of() : measureAreas.entrySet()
                                        .stream().filter(e -> e.getValue() == area).map(e -> e.getKey().toString())
                                        .toList());
                    }
                    partlyHiddenPlans += partlyHidden ? 1 : 0;
                    for (Map.Entry<UUID, NeedArea> measure : measureAreas.entrySet()) {
                        if (!readable.containsAll(measure.getValue().planCategories())) {
                            assertThat(planBody).as("%sthe plan hides a measure in %s", as, measure.getValue())
                                    .doesNotContain(descriptions.get(measure.getKey()))
                                    .doesNotContain(measure.getKey().toString());
                        }
                    }
                    List<Map<String, Object>> items = JsonPath.read(planBody, "$.releaseDay");
                    for (Map<String, Object> item : items) {
                        ReleaseDayItem which = ReleaseDayItem.valueOf((String) item.get("item"));
                        boolean visible = which != ReleaseDayItem.MEDICATION
                                || readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE);
                        assertThat(item.get("visible")).as("%srelease day %s visible", as, which).isEqualTo(visible);
                        if (which == ReleaseDayItem.TRANSPORT && healthOwner != null) {
                            boolean named = readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE);
                            assertThat(item.get("arrangement")).as("%sthe transport", as).isEqualTo(named
                                    ? healthOwner.transport() : healthOwner.transport().replace(healthOwner.name(),
                                    (String) item.get("ownerName")));
                            assertThat(item.get("ownerName")).as("%sthe transport's owner", as).isNotNull();
                            assertThat(item.get("ownerName").equals(healthOwner.name())).as("%sthe owner named", as)
                                    .isEqualTo(named);
                            assertThat(item.get("responsibleName")).as("%sthe owner's member", as)
                                    .isEqualTo(named ? healthOwner.person() : null);
                            continue;
                        }
                        assertThat(item.get("arrangement")).as("%srelease day %s", as, which).isEqualTo(
                                !visible ? null : which == ReleaseDayItem.MEDICATION ? medication
                                        : which == ReleaseDayItem.FIRST_NIGHT ? firstNight : null);
                        hiddenMedication += visible ? 0 : 1;
                    }
                    if (healthOwner != null && !readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)) {
                        // Neither in the release day nor in a measure: the agency, its id and its member.
                        assertThat(planBody).as("%sthe plan withholds the health owner", as)
                                .doesNotContain(healthOwner.name()).doesNotContain(healthOwner.id().toString())
                                .doesNotContain(healthOwner.person());
                        healthOwnersWithheld++;
                    }
                    if (!readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)) {
                        assertThat(planBody).as("%sthe plan hides the medication", as).doesNotContain(medication);
                    }
                    List<Map<String, Object>> flags = JsonPath.read(planBody, "$.flags");
                    for (Map<String, Object> flag : flags) {
                        NeedArea area = NeedArea.valueOf((String) flag.get("area"));
                        assertThat(readable).as("%sflag %s in %s", as, flag.get("kind"), area)
                                .containsAll(area.planCategories());
                        if (!readable.contains(area.category())) {
                            // A flag about a measure, in an area whose plan the reader sees but not its rating.
                            flagsWithoutTheirRating++;
                            assertThat(flag.get("rating")).as("%sflag %s in %s shows the rating", as,
                                    flag.get("kind"), area).isNull();
                        }
                    }
                    assertThat(flagKeys(flags)).as("%sflags", as).containsExactlyInAnyOrderElementsOf(
                            expectedFlags(ratings, measureAreas, measurePhases, readable));
                }

                // What the moved release date left to check: the plan's reader sees the arrangements they see in
                // the plan (the medication only with health data), and nothing else.
                MockHttpServletResponse toCheck = read(username, base + "/plan/checks");
                assertThat(toCheck.getStatus()).as("%sGET /plan/checks", as).isEqualTo(planReadable ? 200 : 403);
                checks++;
                if (!planReadable) {
                    assertThat(toCheck.getContentAsString()).as("%sa refusal names nobody", as).doesNotContain(name);
                } else {
                    List<String> items = JsonPath.read(toCheck.getContentAsString(), "$.arrangements[*].item");
                    List<String> expected = new ArrayList<>();
                    if (moved != null) {
                        if (readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)) {
                            expected.add("MEDICATION");
                        }
                        expected.add("FIRST_NIGHT");
                        if (healthOwner != null) {
                            expected.add("TRANSPORT");
                        }
                        checksShown++;
                    }
                    assertThat(items).as("%sthe arrangements to check", as).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(JsonPath.<List<Object>>read(toCheck.getContentAsString(), "$.measures"))
                            .as("%sno measure was due on the old date", as).isEmpty();
                }

                if (moved != null) {
                    boolean member = members.stream().anyMatch(m -> m.userId().equals(reader.userId().value())
                            && m.currentOn(today));
                    boolean told = !username.equals("coordinator") && (manages || member && basic);
                    MockHttpServletResponse inbox = read(username, "/api/v1/notifications?size=100&client=" + client);
                    assertThat(inbox.getStatus()).as("%sGET /api/v1/notifications", as).isEqualTo(200);
                    boolean wasTold = DisclosureOracle.notices(inbox.getContentAsString(
                            java.nio.charset.StandardCharsets.UTF_8), name, moved, moveReason, told, manages, as);
                    noticesTold += wasTold ? 1 : 0;
                    noticesWithheld += wasTold || username.equals("coordinator") ? 0 : 1;
                    if (webhookEndpoints.containsKey(username)) {
                        webhooksQueued += DisclosureOracle.webhook(jdbc, webhookEndpoints.get(username), client, moved,
                                wasTold, new String[] {name, born.toString(), moveReason, moved.toString()}, as);
                    }
                    for (UUID endpoint : webhookEndpoints.values()) {
                        MockHttpServletResponse log = read(username, "/api/v1/webhook-endpoints/" + endpoint
                                + "/deliveries?size=100");
                        assertThat(log.getStatus()).as("%sGET a webhook delivery log", as)
                                .isEqualTo(username.equals("admin") ? 200 : 403);
                        if (username.equals("admin")) {
                            webhookLogLines += DisclosureOracle.webhookLog(log.getContentAsString(
                                    java.nio.charset.StandardCharsets.UTF_8), new String[] {name, born.toString(),
                                    moveReason, moved.toString(), client.toString()}, as);
                        }
                    }
                }

                for (Map.Entry<UUID, NeedArea> measure : measureAreas.entrySet()) {
                    boolean visible = readable.containsAll(measure.getValue().planCategories());
                    MockHttpServletResponse response = read(username, base + "/plan/measures/" + measure.getKey());
                    assertThat(response.getStatus()).as("%sGET a measure in %s", as, measure.getValue())
                            .isEqualTo(visible ? 200 : 403);
                    if (visible) {
                        shownMeasures++;
                        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.description"))
                                .isEqualTo(descriptions.get(measure.getKey()));
                        if (healthOwner != null && measure.getKey().equals(healthOwner.measure())) {
                            boolean named = readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE);
                            String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                            assertThat(body.contains(healthOwner.name())).as("%sthe measure names its owner", as)
                                    .isEqualTo(named);
                            assertThat(body.contains(healthOwner.person())).as("%sthe measure names its member", as)
                                    .isEqualTo(named);
                        }
                    } else {
                        refusedMeasures++;
                        assertThat(response.getContentAsString()).as("%sa refusal tells nothing", as)
                                .doesNotContain(name).doesNotContain(descriptions.get(measure.getKey()));
                    }
                    checks++;
                }
            }
        }
        assertThat(checks).isEqualTo(WORLDS * READERS.length * 12 + READERS.length * measuresMade);
        assertThat(meetingChecks).isEqualTo(WORLDS * READERS.length * 6);
        assertThat(feedsListing).as("the coordinator's feed lists each world's meeting").isEqualTo(WORLDS);
        assertThat(heldMeetingChecks).isEqualTo(WORLDS * READERS.length * 2);
        assertThat(serviceChecks).isEqualTo(WORLDS * READERS.length * 3);
        assertThat(followupChecks).isEqualTo(WORLDS * READERS.length);
        assertThat(List.of(partlyHiddenAssessments, partlyHiddenPlans, refusedPlans, refusedMeasures, shownMeasures,
                hiddenMedication, flagsWithoutTheirRating, signedForms, healthHidden, screeningsHidden, startPageLines,
                startPageMissing, custodyReasonsHidden, noticesTold, noticesWithheld, webhooksQueued,
                webhookLogLines, healthMeasures, healthOwnersWithheld, healthPrints, checksShown, agendasShown,
                agendasHidden, healthInviteesHidden, heldMeetingTextsWithheld, referralsShown, referralsHidden, queuesChecked,
                queueLinesShown))
                .as("the worlds reach every branch").allMatch(n -> n > 0);
    }

    /** A health agency owning the world's transport (and {@code measure}, if consent let it own one). */
    private record HealthOwner(UUID id, String name, String person, String transport, UUID measure) {
    }

    /**
     * The plan printed by the coordinator for each organisation of the group its consent covers: the health
     * owner, and its member, named only in the print for an organisation whose consent covers health data (or
     * for the owner itself). @return how many prints withheld them
     */
    private int printsForEachOrganisation(ClientId client, HealthOwner owner, int w) throws Exception {
        String coverage = read("coordinator", "/api/v1/clients/" + client + "/consents/coverage")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> organisations = JsonPath.read(coverage, "$[*]");
        int withheld = 0;
        for (Map<String, Object> organisation : organisations) {
            @SuppressWarnings("unchecked")
            List<String> categories = (List<String>) organisation.get("categories");
            if (!categories.contains(DataCategory.BASIC_AND_CUSTODY.name())) {
                continue;
            }
            String audience = (String) organisation.get("organisationId");
            String print = mvc.perform(get("/clients/" + client + "/plan/print?audience=" + audience)
                            .with(user(signedIn.get("coordinator")))).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            boolean named = categories.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE.name())
                    || audience.equals(owner.id().toString());
            if (!named) {
                assertThat(print).as("the print for %s in world %d withholds the health owner", audience, w)
                        .doesNotContain(owner.name()).doesNotContain(owner.person());
                if (categories.contains(DataCategory.PLAN_AND_MEASURES.name())) {
                    assertThat(print).as("the print for %s in world %d shows the transport", audience, w)
                            .contains(owner.transport().substring(0, owner.transport().indexOf(' ')));
                }
                withheld++;
            }
        }
        return withheld;
    }

    /**
     * The flags the reader should see, stated from the rules: an area rated as a need with no measure (each
     * measure here is the coordinator's organisation's own, so accepted and open) has no owner; a measure in
     * custody with no other in its area outside custody has no continuation. A flag is shown where the reader
     * sees the area's plan, and a no-owner flag (which is about the rating) only where they see the rating.
     */
    private static List<String> expectedFlags(Map<NeedArea, Rating> ratings, Map<UUID, NeedArea> measureAreas,
                                              Map<UUID, Phase> phases, Set<DataCategory> readable) {
        List<String> expected = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            if (ratings.get(area) != Rating.NO_NEED && !measureAreas.containsValue(area)
                    && readable.containsAll(area.planCategories()) && readable.contains(area.category())) {
                expected.add("NO_OWNER " + area + " null");
            }
        }
        for (Map.Entry<UUID, NeedArea> m : measureAreas.entrySet()) {
            if (phases.get(m.getKey()) == Phase.IN_CUSTODY && readable.containsAll(m.getValue().planCategories())
                    && measureAreas.entrySet().stream().noneMatch(o -> o.getValue() == m.getValue()
                    && phases.get(o.getKey()) != Phase.IN_CUSTODY)) {
                expected.add("NO_CONTINUATION " + m.getValue() + " " + m.getKey());
            }
        }
        return expected;
    }

    private static List<String> flagKeys(List<Map<String, Object>> flags) {
        return flags.stream().map(f -> f.get("kind") + " " + f.get("area") + " " + f.get("measureId")).toList();
    }

    private static String word(Random random) {
        return random.ints(12, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private MockHttpServletResponse read(String username, String path) throws Exception {
        return mvc.perform(get(path).with(signInEachRequest ? httpBasic(username, "demo")
                : user(signedIn.get(username)))).andReturn().getResponse();
    }

    /** A page only, as a signed-in user: a request with a password is an API client's, and the queue is no API. */
    private MockHttpServletResponse page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(signedIn.get(username)))).andReturn().getResponse();
    }

    private UUID contactAt(String organisation) {
        return jdbc.sql("select c.id from contact c join organisation o on o.id = c.organisation_id where o.name = :o"
                + " order by c.full_name limit 1").param("o", organisation).query(UUID.class).single();
    }

    private UUID contactOrganisation(UUID contact) {
        return jdbc.sql("select organisation_id from contact where id = :id").param("id", contact).query(UUID.class)
                .single();
    }

    private long version(ClientId client) {
        return jdbc.sql("select version from client where id = :id").param("id", client.value()).query(Long.class).single();
    }

    private UUID organisation(String name) {
        return org.throughcare.TestActors.organisation(jdbc, name);
    }

    private Actor actor(String username) {
        return org.throughcare.TestActors.actor(jdbc, username);
    }

    /**
     * Books a meeting two days ago with the group's contacts, records it held with everyone attending, corrects it
     * and records a decision; the client's registration day is moved back for the booking and then restored.
     */
    private UUID heldMeeting(ClientId client, List<UUID> contacts, DisclosureOracle.HeldMeeting texts, Actor coordinator,
                             LocalDate today) {
        LocalDate registered = jdbc.sql("""
                select effective_on from stage_transition where client_id = :c and from_stage is null""")
                .param("c", client.value()).query(LocalDate.class).single();
        jdbc.sql("update stage_transition set effective_on = :on where client_id = :c and from_stage is null")
                .param("on", today.minusDays(30)).param("c", client.value()).update();
        List<String> keys = contacts.stream().map(c -> "contact:" + c).toList();
        UUID meeting = meetings.book(client, new org.throughcare.meeting.BookMeeting(today.minusDays(2),
                java.time.LocalTime.of(10, 0), 60, org.throughcare.meeting.PlaceKind.PHONE, null, null, null, null,
                true, keys, null, null), coordinator);
        jdbc.sql("update stage_transition set effective_on = :on where client_id = :c and from_stage is null")
                .param("on", registered).param("c", client.value()).update();
        List<org.throughcare.meeting.HoldMeeting.Entry> everyone = keys.stream().map(k ->
                new org.throughcare.meeting.HoldMeeting.Entry(k, org.throughcare.meeting.Attendance.ATTENDED, null))
                .toList();
        holding.hold(client, meeting, new org.throughcare.meeting.HoldMeeting(true, everyone, texts.minutes(), null, 0L),
                coordinator);
        holding.hold(client, meeting, new org.throughcare.meeting.HoldMeeting(false, everyone, texts.minutes(),
                texts.correction(), 1L), coordinator);
        holding.decide(client, meeting, new org.throughcare.meeting.RecordDecision(texts.decision(), null, null),
                coordinator);
        return meeting;
    }
}
