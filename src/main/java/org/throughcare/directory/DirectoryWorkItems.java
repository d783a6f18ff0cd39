package org.throughcare.directory;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.directory.internal.DirectoryGaps;
import org.throughcare.shared.Actor;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The directory's health on the administrator's start page: organisations nobody is named at, and contacts
 * with neither phone nor e-mail, each linking to where it is put right. Nothing appears while there is none.
 */
@Component
class DirectoryWorkItems implements WorkItems {

    private final DirectoryGaps gaps;

    DirectoryWorkItems(DirectoryGaps gaps) {
        this.gaps = gaps;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            return List.of();
        }
        List<WorkItem.Line> lines = new ArrayList<>();
        gaps.organisationsWithoutContacts().forEach(o -> lines.add(WorkItem.Line.of(o.name(),
                "/admin/organisations/" + o.id() + "/contacts/new", "work.noContact")));
        gaps.contactsWithoutPhoneOrEmail().forEach(c -> lines.add(WorkItem.Line.of(
                c.name() + " (" + c.organisationName() + ")", "/admin/contacts/" + c.id() + "/edit",
                "work.unreachable")));
        return lines.isEmpty() ? List.of()
                : List.of(WorkItem.of("directory-gaps", 30, "work.directoryGaps", lines.size(), lines, "/directory"));
    }
}
