package org.throughcare.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import java.time.Clock;
import java.time.LocalDate;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.CohortGenerator;
import org.throughcare.client.Stage;
import org.throughcare.directory.AddMunicipality;
import org.throughcare.directory.SaveContact;
import org.throughcare.directory.SaveOrganisation;
import org.throughcare.directory.SaveUnit;
import org.throughcare.group.AddMember;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.identity.CreateUser;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.PageRequest;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/** The organisations, contacts, users and clients of the demo, built through the modules' own services. */
@Component
class DemoWorld {

    static final String PASSWORD = "demo";

    private record Place(String code, String name, String phonePrefix, String domain) {
    }

    private record Agency(AgencyType type, String nameFormat, String unitName, String... contactRoles) {
    }

    private static final List<Place> TRIAL_MUNICIPALITIES = List.of(
            new Place("2480", "Umeå", "090", "umea.example.se"),
            new Place("0581", "Norrköping", "011", "norrkoping.example.se"),
            new Place("1480", "Göteborg", "031", "goteborg.example.se"));

    private static final List<Agency> AGENCIES = List.of(
            new Agency(AgencyType.SOCIAL_SERVICES, "Socialtjänsten %s", "Vuxenenheten",
                    "Socialsekreterare", "Enhetschef"),
            new Agency(AgencyType.EMPLOYMENT_SERVICE, "Arbetsförmedlingen %s", "Rusta och matcha",
                    "Arbetsförmedlare", "Arbetsförmedlare"),
            new Agency(AgencyType.DEBT_ENFORCEMENT, "Kronofogden %s", "Skuldsanering", "Handläggare"),
            new Agency(AgencyType.SOCIAL_INSURANCE, "Försäkringskassan %s", "Lokalt försäkringscenter",
                    "Handläggare"),
            new Agency(AgencyType.POLICE, "Polisen %s", "Lokalpolisområde", "Kontaktpolis"),
            new Agency(AgencyType.ADDICTION_CARE, "Beroendemottagningen %s", "Öppenvården",
                    "Behandlare", "Sjuksköterska"),
            new Agency(AgencyType.PSYCHIATRY, "Psykiatrin %s", "Allmänpsykiatrisk mottagning", "Kurator"),
            new Agency(AgencyType.HOUSING, "Bostadsenheten %s", "Boendestöd", "Boendesamordnare"),
            new Agency(AgencyType.CIVIL_SOCIETY, "KRIS %s", "Stödpersoner", "Stödperson", "Mentor"));

    private static final String[] FIRST_NAMES = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara",
            "Mikael", "Eva", "Anders", "Lena", "Per", "Emma", "Fredrik", "Sofia", "Mats", "Elin", "Jonas", "Ida",
            "Ahmed", "Fatima", "Nils", "Linnea", "Omar", "Helena", "Oskar", "Amina", "Henrik", "Maja", "Björn"};
    private static final String[] LAST_NAMES = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg",
            "Lindqvist", "Berg", "Axelsson", "Hassan", "Lundgren", "Ali", "Holm", "Sandberg", "Forsberg"};

    private final DirectoryManagement directory;
    private final ContactManagement contacts;
    private final IdentityManagement identity;
    private final CohortGenerator clients;
    private final ClientQueries queries;
    private final GroupManagement groups;
    private final DemoPlans plans;
    private final DemoCustody custody;
    private final DemoServices services;
    private final DemoMeetings meetings;
    private final DemoYear year;
    private final DemoFollowup followup;
    private final DemoReferrals referrals;
    private final Clock clock;
    private int people;

    DemoWorld(DirectoryManagement directory, ContactManagement contacts, IdentityManagement identity,
              CohortGenerator clients, ClientQueries queries, GroupManagement groups, DemoPlans plans,
              DemoCustody custody, DemoServices services, DemoMeetings meetings, DemoYear year, DemoFollowup followup,
              DemoReferrals referrals, Clock clock) {
        this.followup = followup;
        this.plans = plans;
        this.year = year;
        this.services = services;
        this.custody = custody;
        this.meetings = meetings;
        this.referrals = referrals;
        this.directory = directory;
        this.contacts = contacts;
        this.identity = identity;
        this.clients = clients;
        this.queries = queries;
        this.groups = groups;
        this.clock = clock;
    }

    void build() {
        TRIAL_MUNICIPALITIES.forEach(p -> directory.addMunicipality(new AddMunicipality(p.code(), p.name(), "SE")));

        Place umea = TRIAL_MUNICIPALITIES.get(0);
        Map<Place, UUID> probationOf = new HashMap<>();
        Map<Place, UUID> officeOf = new HashMap<>();
        UUID umeaProbation = null;
        UUID umeaProbationOffice = null;
        UUID umeaSocialServices = null;
        UUID umeaEmployment = null;
        Map<Place, Map<AgencyType, UUID>> agenciesIn = new HashMap<>();
        for (Place place : TRIAL_MUNICIPALITIES) {
            UUID probation = organisation(AgencyType.PROBATION, "Frivården " + place.name(), place,
                    "Frivårdskontor för klienter på villkorlig frigivning i " + place.name() + ".");
            UUID office = unit(probation, "Frivårdskontoret " + place.name(), place);
            contact(probation, office, place, "Inslussningssamordnare");
            contact(probation, office, place, "Frivårdsinspektör");
            contact(probation, office, place, "Kontorschef");
            probationOf.put(place, probation);
            officeOf.put(place, office);
            if (place == umea) {
                umeaProbation = probation;
                umeaProbationOffice = office;
            }
            for (Agency agency : AGENCIES) {
                UUID id = organisation(agency.type(), agency.nameFormat().formatted(place.name()), place, null);
                agenciesIn.computeIfAbsent(place, p -> new HashMap<>()).put(agency.type(), id);
                UUID unit = unit(id, agency.unitName(), place);
                if (place == umea && agency.type() == AgencyType.SOCIAL_SERVICES) {
                    umeaSocialServices = id;
                }
                if (place == umea && agency.type() == AgencyType.EMPLOYMENT_SERVICE) {
                    umeaEmployment = id;
                }
                for (String role : agency.contactRoles()) {
                    contact(id, unit, place, role);
                }
            }
        }

        UUID umeaPrison = organisation(AgencyType.PRISON, "Anstalten Umeå", umea,
                "Anstalt i säkerhetsklass 2.");
        UUID umeaPrisonUnit = unit(umeaPrison, "Avdelning B", umea);
        contact(umeaPrison, umeaPrisonUnit, umea, "Kontaktman");
        contact(umeaPrison, umeaPrisonUnit, umea, "Frigivningsplanerare");
        Place norrkoping = TRIAL_MUNICIPALITIES.get(1);
        UUID skanninge = organisation(AgencyType.PRISON, "Anstalten Skänninge", norrkoping,
                "Anstalt i säkerhetsklass 2 som tar emot klienter från Östergötland och Västra Götaland.");
        UUID skanningeUnit = unit(skanninge, "Avdelning C", norrkoping);
        contact(skanninge, skanningeUnit, norrkoping, "Kontaktman");
        contact(skanninge, skanningeUnit, norrkoping, "Frigivningsplanerare");

        UUID headOffice = directory.createOrganisation(new SaveOrganisation("Kriminalvårdens huvudkontor",
                AgencyType.PROBATION, "Nationell uppföljning och förvaltning.", "https://www.example.se",
                "010-100 00 00", "huvudkontoret@example.se", List.of(), null));

        UserId coordinator = user("coordinator", "Karin Lindqvist", Role.COORDINATOR, umeaProbation, umeaProbationOffice);
        UserId partner = user("partner", "Omar Hassan", Role.PARTNER_WORKER, umeaSocialServices, null);
        UserId employment = user("employment", "Eva Nyström", Role.PARTNER_WORKER, umeaEmployment, null);
        // A worker at a service that takes referrals (addiction care): answers them and joins groups when confirmed.
        UUID umeaAddictionCare = agenciesIn.get(umea).get(AgencyType.ADDICTION_CARE);
        UserId addiction = user("addiction", "Sofia Ekström", Role.PARTNER_WORKER, umeaAddictionCare, null);
        UserId prison = user("prison", "Lars Berg", Role.PRISON_STAFF, umeaPrison, umeaPrisonUnit);
        UserId manager = user("manager", "Helena Forsberg", Role.MANAGER, umeaProbation, umeaProbationOffice);
        user("analyst", "Jonas Holm", Role.NATIONAL_ANALYST, headOffice, null);
        UserId admin = user("admin", "Maja Sandberg", Role.ADMINISTRATOR, headOffice, null);

        Actor maja = new Actor(admin, "admin", Role.ADMINISTRATOR, new OrganisationId(headOffice), null);
        for (Place place : TRIAL_MUNICIPALITIES) {
            services.offerIn(place.code(), place.name(), agenciesIn.get(place), maja, place == umea);
        }
        services.offerAtPrison(umeaPrison, umea.code(), "Återfallsprevention vid missbruk (ackrediterat program)", maja);
        services.offerAtPrison(skanninge, norrkoping.code(), "Program mot våld i nära relationer (ackrediterat)", maja);

        // A cohort at every stage: 40 clients for the demo coordinator (every stage and exit among them),
        // a few for the manager, and two more offices with a coordinator each.
        List<CohortGenerator.Assignment> cohort = new ArrayList<>();
        List<Actor> otherCoordinators = new ArrayList<>();
        List<String> otherPlaces = new ArrayList<>();
        cohort.add(new CohortGenerator.Assignment(umeaProbationOffice, umea.code(), coordinator.value(), 40));
        cohort.add(new CohortGenerator.Assignment(umeaProbationOffice, umea.code(), manager.value(), 6));
        String[][] colleagues = {{"coordinator.norrkoping", "Mikael Nilsson"}, {"coordinator.goteborg", "Sara Hassan"}};
        for (int i = 0; i < colleagues.length; i++) {
            Place place = TRIAL_MUNICIPALITIES.get(i + 1);
            UserId colleague = user(colleagues[i][0], colleagues[i][1], Role.COORDINATOR,
                    probationOf.get(place), officeOf.get(place));
            cohort.add(new CohortGenerator.Assignment(officeOf.get(place), place.code(), colleague.value(), 30));
            otherCoordinators.add(new Actor(colleague, colleagues[i][0], Role.COORDINATOR,
                    new OrganisationId(probationOf.get(place)), new UnitId(officeOf.get(place))));
            otherPlaces.add(place.name());
        }
        clients.generate(new CohortGenerator.Request(cohort, List.of(umeaPrison, skanninge), coordinator.value(), 2026,
                true));
        List<List<Stage>> outcomes = List.of(DemoYear.UMEA, DemoYear.NORRKOPING, DemoYear.GOTEBORG);
        List<DemoYear.Office> trialOffices = new ArrayList<>();
        for (int i = 0; i < TRIAL_MUNICIPALITIES.size(); i++) {
            Place place = TRIAL_MUNICIPALITIES.get(i);
            trialOffices.add(new DemoYear.Office(place.code(), place.name(), probationOf.get(place), officeOf.get(place),
                    new java.util.HashSet<>(agenciesIn.get(place).values()), outcomes.get(i)));
        }
        year.build(trialOffices, Map.of(umea.code(), umeaPrison, norrkoping.code(), skanninge), coordinator.value());

        // Groups for the demo coordinator's clients still in custody: social services on every one, the
        // prison's contact officer on half of them.
        Actor karin = new Actor(coordinator, "coordinator", Role.COORDINATOR, new OrganisationId(umeaProbation),
                new UnitId(umeaProbationOffice));
        LocalDate today = LocalDate.now(clock);
        List<CaseloadLineView> inCustody = queries.caseload(CaseloadFilter.of(true, java.util.Set.of(Stage.ENROLLED), null, null, false),
                PageRequest.of(0, 10), karin).items();
        for (int i = 0; i < inCustody.size(); i++) {
            ClientId client = new ClientId(inCustody.get(i).id());
            groups.addMember(client, new AddMember(partner.value(), null, GroupRole.CASE_WORKER,
                    custody.notBeforeReferral(client, today.minusMonths(2)), "Social services case worker"), karin);
            if (i % 2 == 0) {
                groups.addMember(client, new AddMember(prison.value(), null, GroupRole.CONTACT_OFFICER,
                        custody.notBeforeReferral(client, today.minusMonths(3)), "Contact officer at the institution"), karin);
            }
        }

        // An early release and a transfer, from the last of these (the first have plans), each on the first client
        // whose dates allow it.
        boolean early = false;
        boolean moved = false;
        for (int i = inCustody.size() - 1; i >= 0 && !(early && moved); i--) {
            ClientId client = new ClientId(inCustody.get(i).id());
            if (!early) {
                early = custody.earlyRelease(client, umeaSocialServices, karin);
            } else {
                meetings.beforeTransfer(client, karin);
                moved = custody.transfer(client, umeaPrison, skanninge, karin);
            }
        }

        // Assessments and plans for the first three, as the demo's users would have made them.
        Actor socialWorker = new Actor(partner, "partner", Role.PARTNER_WORKER, new OrganisationId(umeaSocialServices),
                null);
        List<ClientId> withPlans = inCustody.stream().limit(3).map(c -> new ClientId(c.id())).toList();
        Actor employmentWorker = new Actor(employment, "employment", Role.PARTNER_WORKER,
                new OrganisationId(umeaEmployment), null);
        plans.give(withPlans, karin, socialWorker, employmentWorker);
        meetings.schedule(withPlans, karin, socialWorker);
        referrals.make(withPlans, umeaAddictionCare, karin, new Actor(addiction, "addiction", Role.PARTNER_WORKER,
                new OrganisationId(umeaAddictionCare), null), socialWorker, employmentWorker);
        // Then the prison moved the release date of the first of them: both partners of its group are told.
        if (!inCustody.isEmpty()) {
            custody.moveRelease(new ClientId(inCustody.get(0).id()), karin);
        }

        // Follow-up: outcome forms of the released clients, each office's lessons log, the radar's first count.
        followup.outcomes(karin);
        followup.lessons(karin, umea.name());
        for (int i = 0; i < otherCoordinators.size(); i++) {
            followup.outcomes(otherCoordinators.get(i));
            followup.lessons(otherCoordinators.get(i), otherPlaces.get(i));
        }
        followup.radar();
    }

    private UUID organisation(AgencyType type, String name, Place place, String description) {
        return directory.createOrganisation(new SaveOrganisation(name, type, description, null,
                place.phonePrefix() + "-" + (100000 + name.length() * 1234 % 899999),
                slug(name) + "@" + place.domain(), List.of(place.code()), null));
    }

    private UUID unit(UUID organisation, String name, Place place) {
        return contacts.addUnit(organisation, new SaveUnit(name, place.code(), "Storgatan " + (people % 40 + 1)
                + ", " + place.name(), null, null, null));
    }

    private void contact(UUID organisation, UUID unit, Place place, String role) {
        int n = people++;
        String first = FIRST_NAMES[n % FIRST_NAMES.length];
        String last = LAST_NAMES[(n * 7) % LAST_NAMES.length];
        contacts.addContact(organisation, new SaveContact(first + " " + last, role,
                place.phonePrefix() + "-" + (200000 + n * 137 % 799999),
                slug(first) + "." + slug(last) + "@" + place.domain(), unit, null));
    }

    private UserId user(String username, String name, Role role, UUID organisation, UUID unit) {
        return identity.createUser(new CreateUser(username, name, username + "@example.se", PASSWORD, role,
                new OrganisationId(organisation), unit == null ? null : new UnitId(unit)));
    }

    private static String slug(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
