package org.throughcare.referral;

import java.util.List;

/**
 * A client's referrals the reader may see (those in areas whose category consent lets them read), newest first;
 * how many others there are is not told. {@code mayRefer}: the reader may send one (the case's coordinator or
 * office manager; a member of the group only in an area where their organisation has work in the plan).
 */
public record ClientReferralsView(List<ReferralLineView> referrals, boolean mayRefer) {
}
