package org.throughcare.meeting;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What the booking form offers: the people of the group (by key and name) and the premises — prisons, probation
 * offices and the group's organisations — by id and name; directory contacts outside the group; for those who
 * manage the case.
 */
@NamedInterface("api")
public record MeetingChoices(List<Choice> people, List<Choice> places, List<Choice> outsideContacts) {

    public record Choice(String value, String text) {
    }
}
