/**
 * The reintegration group around each client (D4) and the consent that lets its members see the client's
 * data. Today it holds:
 * <ul>
 * <li>the roster ({@code GroupManagement}): the named people from each collaborating agency, users or
 * directory contacts, with their roles and periods, kept as history (members are ended, never deleted);</li>
 * <li>consent ({@code ConsentManagement}): consents documented with their form, scope (organisations × data
 * categories), validity and the signed form, withdrawals, the information text the client reads in each
 * version and language, and each organisation's coverage today; {@code ConsentWithdrawn} when one is
 * withdrawn, and {@code ConsentExpiring} once per consent and end date when it runs out within 14 days
 * ({@code internal.ConsentExpiryCheck}, daily);</li>
 * <li>{@code AccessPolicy}, the access gate ({@code shared.AccessGate}): the one place that decides who may
 * read or change what of a client, from membership, consent and role ({@code internal.AccessRules}), and
 * audits every decision;</li>
 * <li>a client's access log ({@code AccessLog}) for those who manage the case, and how completely consent is
 * documented per office ({@code ConsentCompleteness}, D3);</li>
 * <li>its contributions to the workspace: the group, consent and access-log entries of a client's
 * sub-navigation ({@code GroupSections}) and start-page items ({@code GroupWorkItems}: clients newly shared
 * with a partner, consent completeness for managers and the national analyst).</li>
 * </ul>
 * The coordinator role and its handovers belong to the client module; the roster shows them.
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
 * Other modules that name an agency around the client apply the same rule through
 * {@code GroupManagement.withheldAgencies} (the plan, for a measure's owner), so that it is decided here only.
 * Criminal history needs no rule here: what could reveal it in the group is free text, covered above.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "client :: api",
        "directory :: api",
        "identity :: api"})
package org.throughcare.group;
