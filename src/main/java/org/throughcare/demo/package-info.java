/**
 * The demo world, loaded once on the first start outside production ({@code DemoDataLoader}, never under the
 * {@code prod} profile), built through the other modules' own services as a user would ({@code DemoWorld}):
 * the three municipalities of the Swedish trial (Umeå, Norrköping, Göteborg) with their probation offices,
 * two prisons and the collaborating agencies with named contacts; one user for every role (password
 * {@code demo}) and a coordinator per office; a synthetic cohort of clients at every stage from the
 * client module's generator; groups for ten of the demo coordinator's enrolled clients; and, in {@code DemoPlans},
 * consent, assessments and plans for a few of them in the states a demo should show; in {@code DemoCustody}, a
 * transfer to the second prison, an early release and a moved release date; in {@code DemoMeetings}, meetings for
 * the clients with plans and one at the prison the transferred client leaves; in {@code DemoReferrals}, referrals
 * from those clients in every state, dated back to the weeks they were made in. {@code SyntheticLoad}
 * grows the world to a benchmark's scale when {@code throughcare.generate.clients} asks for it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "assessment :: api",
        "client :: api",
        "directory :: api",
        "followup :: lessons",
        "followup :: outcome",
        "followup :: radar",
        "group :: api",
        "identity :: api",
        "meeting :: api",
        "plan :: api",
        "referral :: api",
        "referral :: demo"})
package org.throughcare.demo;
