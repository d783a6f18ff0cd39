package org.throughcare.group;

import java.util.List;
import org.throughcare.client.CoordinatorChangeView;

/**
 * A client's group: the coordinator, the members now, everyone who ever was a member, and every handover
 * of the coordinator role. {@code coordinatorHandovers} is the figure follow-up counts (stability matters).
 */
public record RosterView(String coordinatorName, List<MemberView> current, List<MemberView> everyone,
                     List<CoordinatorChangeView> coordinatorChanges) {

    public int coordinatorHandovers() {
        return coordinatorChanges.size();
    }
}
