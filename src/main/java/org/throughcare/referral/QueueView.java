package org.throughcare.referral;

import java.util.List;
import org.throughcare.directory.ServiceView;
import org.throughcare.shared.ResultPage;

/**
 * A service organisation's "referrals to us": its services with their capacity and waiting figures, and one page
 * of its referrals in the part asked for — still waiting (in order), or under way.
 */
public record QueueView(List<ServiceView> services, Part part, ResultPage<QueueLineView> lines) {

    public enum Part {
        WAITING, UNDER_WAY;

        public static Part of(String value) {
            return "under-way".equalsIgnoreCase(value) || "UNDER_WAY".equalsIgnoreCase(value) ? UNDER_WAY : WAITING;
        }

        public String param() {
            return this == WAITING ? "waiting" : "under-way";
        }
    }
}
