package org.throughcare.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.shared.Actor;
import org.throughcare.shared.NeedArea;

/**
 * The services of the demo municipalities: addiction treatment, housing support, debt advice, work training
 * and a mentor programme in each, and an accredited programme at each prison. Capacity varies (one full,
 * one temporarily closed) so the filters have something to tell apart.
 */
@Component
class DemoServices {

    private final ServiceManagement services;

    DemoServices(ServiceManagement services) {
        this.services = services;
    }

    /** {@code agencies}: the municipality's organisations by type. */
    void offerIn(String municipalityCode, String municipalityName, Map<AgencyType, UUID> agencies, Actor admin,
                 boolean firstPlace) {
        offer(admin, agencies.get(AgencyType.ADDICTION_CARE), "Öppenvårdsbehandling vid beroende",
                "Samtalsbehandling och återfallsprevention i grupp och enskilt, med läkemedelsstöd vid behov.",
                "Vuxna med alkohol- eller narkotikaberoende som bor i " + municipalityName + ".",
                List.of(NeedArea.SUBSTANCE_USE, NeedArea.MENTAL_HEALTH), municipalityCode, List.of("sv", "en", "ar"),
                "Remiss från socialtjänsten eller frivården; klienten kan också söka själv.",
                "Samtycke till informationsutbyte\nSenaste utredning om missbruk", false,
                firstPlace ? 3 : 0, 12, "behandlingsplatser", ServiceStatus.ACTIVE);
        offer(admin, agencies.get(AgencyType.HOUSING), "Boendestöd efter frigivning",
                "Stöd att hitta och behålla en bostad: träningslägenhet, boendestödjare och kontakt med hyresvärdar.",
                "Personer som frigivits eller frigivs inom sex månader och saknar egen bostad.",
                List.of(NeedArea.ACCOMMODATION), municipalityCode, List.of("sv"),
                "Ansökan via socialtjänsten; frivården kan skicka underlag.", "Beslut om bistånd", false,
                2, 8, "lägenheter", ServiceStatus.ACTIVE);
        offer(admin, agencies.get(AgencyType.SOCIAL_SERVICES), "Budget- och skuldrådgivning",
                "Genomgång av skulder, budget och möjlighet till skuldsanering.",
                "Alla som bor i " + municipalityName + ".", List.of(NeedArea.FINANCE_AND_DEBT), municipalityCode,
                List.of("sv", "en"), "Ring rådgivningen eller be handläggaren boka en tid.",
                "Kronofogdens registerutdrag\nInkomstuppgifter", false, null, null, null,
                firstPlace ? ServiceStatus.ACTIVE : ServiceStatus.TEMPORARILY_CLOSED);
        offer(admin, agencies.get(AgencyType.EMPLOYMENT_SERVICE), "Arbetsträning och praktik",
                "Arbetsträning hos arbetsgivare i kommunen med handledare, som steg mot anställning.",
                "Inskrivna arbetssökande som behöver arbetslivserfarenhet.",
                List.of(NeedArea.EMPLOYMENT_EDUCATION_TRAINING), municipalityCode, List.of("sv", "en"),
                "Arbetsförmedlaren anvisar efter kartläggning.", null, false, 5, 20, "platser",
                ServiceStatus.ACTIVE);
        offer(admin, agencies.get(AgencyType.CIVIL_SOCIETY), "Mentorprogram med stödperson",
                "En stödperson med egen erfarenhet av kriminalitet och missbruk, från tiden före frigivning.",
                "Klienter som vill lämna kriminalitet; start gärna sex månader före frigivning.",
                List.of(NeedArea.SOCIAL_NETWORK_AND_LEISURE, NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR),
                municipalityCode, List.of("sv"), "Kontakta föreningen; vi besöker anstalten.", null, false, 4, 10,
                "mentorer", ServiceStatus.ACTIVE);
    }

    /** An accredited programme at a prison, for its own clients. */
    void offerAtPrison(UUID prison, String municipalityCode, String programme, Actor admin) {
        offer(admin, prison, programme,
                "Ackrediterat behandlingsprogram i grupp under verkställigheten, med uppföljning efter frigivning.",
                "Intagna med bedömd risk och behov inom området; bedömning före start.",
                List.of(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, NeedArea.SUBSTANCE_USE), municipalityCode,
                List.of("sv", "en"), "Programansvarig på anstalten bedömer efter anmälan från kontaktmannen.",
                "Riskbedömning", true, 1, 8, "gruppplatser", ServiceStatus.ACTIVE);
    }

    private void offer(Actor admin, UUID organisation, String name, String description, String eligibility,
                       List<NeedArea> areas, String municipality, List<String> languages, String howToRefer,
                       String documents, boolean accredited, Integer available, Integer maximum, String unit,
                       ServiceStatus status) {
        services.createService(admin, new SaveService(organisation, name, description, status, eligibility, areas,
                List.of(municipality), languages, howToRefer, documents, accredited, available, maximum, unit,
                null));
    }
}
