package org.throughcare.referral;

import org.springframework.modulith.NamedInterface;

/** How far one goal of a referral was reached, recorded by the service when it completes or ends early. */
@NamedInterface("api")
public enum GoalOutcome { ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED }
