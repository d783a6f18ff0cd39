package org.throughcare.workspace.fuzz;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.shared.ClientId;

/**
 * The records the fuzz works on, its own so that what it changes touches no other test: a client with a
 * group, consent, assessment, goal, measure, meeting and referral, the office manager's notice of its release date, an
 * organisation with a unit, a contact and a service, and a webhook endpoint. Fills the
 * path variables of any address with them; a variable it does not know gets a random id or a word, so an
 * endpoint added later is still fuzzed (its binding runs before it looks anything up).
 */
record FuzzWorld(ClientId client, UUID consent, UUID member, UUID goal, UUID measure, UUID organisation, UUID unit,
                 UUID contact, UUID notice, UUID noticeEvent, UUID webhookEndpoint, UUID meeting, UUID service,
                 UUID office, UUID referral) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    String concrete(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value(matcher.group(1), before)));
        }
        matcher.appendTail(uri);
        return uri.toString();
    }

    private String value(String name, String before) {
        Map<String, Object> byName = Map.ofEntries(Map.entry("clientId", client.value()),
                Map.entry("consentId", consent),
                Map.entry("memberId", member),
                Map.entry("goalId", goal),
                Map.entry("measureId", measure),
                Map.entry("organisationId", organisation),
                Map.entry("unitId", unit),
                Map.entry("contactId", contact),
                Map.entry("noticeId", notice),
                Map.entry("eventId", noticeEvent),
                Map.entry("meetingId", meeting),
                Map.entry("officeId", office), Map.entry("referralId", referral));
        if (byName.containsKey(name)) {
            return byName.get(name).toString();
        }
        if (name.equals("endpointId")) {
            return webhookEndpoint.toString();
        }
        if (name.equals("item")) {
            // A release-day arrangement's item.
            return "FIRST_NIGHT";
        }
        if (name.equals("kind")) {
            // A custody event's kind: one with the most fields, an institution among them.
            return "transfer";
        }
        if (name.equals("id")) {
            if (before.endsWith("/organisations/")) {
                return organisation.toString();
            }
            if (before.endsWith("/units/")) {
                return unit.toString();
            }
            if (before.endsWith("/contacts/")) {
                return contact.toString();
            }
            if (before.endsWith("/services/")) {
                return service.toString();
            }
            return before.endsWith("/clients/") ? client.value().toString() : UUID.randomUUID().toString();
        }
        if (name.equals("version")) {
            return before.contains("consent-texts") ? "2026-1" : "1";
        }
        return name.toLowerCase().endsWith("id") ? UUID.randomUUID().toString() : "x";
    }

    /** A plausible value of a type, for the fields of a request that are not the one being broken. */
    String plausible(Class<?> type) {
        if (type == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (type == UUID.class) {
            return organisation.toString();
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "0";
        }
        return "Fuzz";
    }
}
