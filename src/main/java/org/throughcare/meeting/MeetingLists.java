package org.throughcare.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.ClientQueries;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.Actor;

/**
 * Lists of meetings across clients: the meetings a user was invited to before today, a page at a time, and the
 * coordinator's list of their own clients' meetings from today. Clients are named as in "my meetings".
 */
@NamedInterface("api")
@Service
public class MeetingLists {

    public static final int PAGE_SIZE = 50;
    static final int COORDINATED_LIMIT = 200;

    /** One page of a list; {@code more}: a further page exists. */
    public record MeetingPage(List<MeetingLineView> lines, int page, boolean more) {
    }

    private final Meetings meetings;
    private final MeetingQueries queries;
    private final ClientQueries clients;
    private final Clock clock;

    MeetingLists(Meetings meetings, MeetingQueries queries, ClientQueries clients, Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.clients = clients;
        this.clock = clock;
    }

    /** Page {@code page} (from 0) of the meetings this user was invited to before today, most recent first. */
    @Transactional(readOnly = true)
    public MeetingPage past(Actor actor, int page) {
        int from = Math.max(0, page);
        List<Meetings.Row> rows = meetings.invitedBefore(actor.userId().value(), LocalDate.now(clock),
                (long) from * PAGE_SIZE, PAGE_SIZE + 1); // long: a far page number must not wrap round
        boolean more = rows.size() > PAGE_SIZE;
        return new MeetingPage(queries.lines(more ? rows.subList(0, PAGE_SIZE) : rows, actor), from, more);
    }

    /** The meetings from today of the clients this user coordinates, soonest first, invited or not. */
    @Transactional(readOnly = true)
    public List<MeetingLineView> coordinated(Actor actor) {
        List<UUID> mine = clients.responsibleCases(CaseloadFilter.of(true, null, null, null, false), actor).stream()
                .toList();
        return queries.lines(meetings.ofClientsFrom(mine, LocalDate.now(clock), COORDINATED_LIMIT), actor);
    }
}
