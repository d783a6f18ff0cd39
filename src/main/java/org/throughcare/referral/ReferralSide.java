package org.throughcare.referral;

import org.springframework.modulith.NamedInterface;

/** Who moves a referral: those who referred (the referring member, the case's coordinator or office manager), or the receiving service's staff. */
@NamedInterface("api")
public enum ReferralSide { REFERRER, SERVICE }
