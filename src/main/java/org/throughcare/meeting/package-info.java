/**
 * Collaboration meetings (D7): a meeting of a client's group — when, where, what is on the agenda, who is invited —
 * and what becomes of it (planned, rescheduled with the old time kept, cancelled with a reason). Nothing is deleted.
 * <p>
 * What the gate decides: that a meeting takes place, when and where, its phase and status, is a custody fact of the
 * same kind as the release date and the institution, read under {@code BASIC_AND_CUSTODY}; the agenda and a
 * cancellation's reason are free text about what is discussed, read under {@code MEETING_MINUTES}, the category a
 * consent already has for what is said at meetings. Who is invited names agencies, so invitees from health or
 * addiction care are named only by the group's rule ({@code GroupManagement.withheldAgencies}), as the plan names a
 * measure's owner.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "client :: api",
        "client :: events",
        "directory :: api",
        "group :: api",
        "identity :: api",
        "plan :: api"})
package org.throughcare.meeting;
