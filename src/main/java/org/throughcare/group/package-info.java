/**
 * The reintegration group around each client (D4): the coordinator and the named people from each
 * collaborating agency, with their roles and periods, kept as history through every handover; the consents
 * the client gave, with {@code ConsentWithdrawn} published when one is withdrawn and {@code ConsentExpiring}
 * once per consent and end date when it runs out within 14 days (a daily check); and {@code AccessPolicy},
 * the access gate.
 *
 * <p>What the group and the consents reveal is itself client data, so each reader sees them by one rule
 * ({@code Disclosure}), in the API and on the pages alike:
 * <ul>
 * <li>A member from psychiatry or addiction care ({@code AgencyType.PSYCHIATRY}, {@code ADDICTION_CARE}), or
 * in the {@code TREATMENT} role, says that the client is treated for mental illness or addiction: such members
 * are shown only to readers who may read {@code HEALTH_AND_SUBSTANCE_USE} for that client. Others do not see
 * them at all — not as "another member", which would say the same thing — nor those organisations in a
 * consent or in the coverage. Police, social services and the other agencies say no more than being in the
 * programme does, and are shown to every reader of basic facts.</li>
 * <li>A consent's {@code HEALTH_AND_SUBSTANCE_USE} scope is shown only to the same readers; a consent left with
 * no scope or no organisation the reader may see is left out, so that counts betray nothing.</li>
 * <li>Free text — why a member was added or left, why the coordinator role was handed over, a consent's
 * witness, how it was withdrawn, the signed form's file name — carries whatever the writer typed (diagnoses,
 * offences): it is shown only to the client's coordinator and the office manager.</li>
 * <li>The signed consent form is for the client's coordinator and the office manager (and, later, the client);
 * its download is audited under its own purpose.</li>
 * </ul>
 * Criminal history needs no rule here: what could reveal it in the group is free text, covered above.
 * The coordinator role and its handovers belong to the client module.
 */
package org.throughcare.group;
