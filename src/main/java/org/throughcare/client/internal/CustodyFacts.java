package org.throughcare.client.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientReleased;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.EarlyReleaseSet;
import org.throughcare.client.EarlyReleaseType;
import org.throughcare.client.KeyDate;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.ResponsibleMunicipalityChanged;
import org.throughcare.client.ReturnReason;
import org.throughcare.client.ReturnedToCustody;
import org.throughcare.client.Stage;
import org.throughcare.client.StageChanged;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * What a custody event changes on the case, and the past-tense event that announces it. Dates change through
 * {@link KeyDateHistory}, so they are kept and a moved release date is announced there; a release and a
 * return move the case's stage where its lifecycle allows, as a stage change would. Nothing is deleted: a
 * return ends the episode, which stays with its dates, and opens the next.
 */
@Component
public class CustodyFacts {

    /**
     * Who changes what, when, for which recorded event; {@code enteredAfterwards} as the recorded event says, carried
     * by every event the change announces.
     */
    public record Change(UUID eventId, ClientId client, CaseState state, LocalDate on, String reason, Actor actor,
                         Instant at, boolean enteredAfterwards) {
    }

    private final JdbcClient jdbc;
    private final ClientRecords records;
    private final KeyDateHistory keyDates;
    private final ApplicationEventPublisher events;

    CustodyFacts(JdbcClient jdbc, ClientRecords records, KeyDateHistory keyDates, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.records = records;
        this.keyDates = keyDates;
        this.events = events;
    }

    public String municipalityOf(UUID client) {
        return jdbc.sql("select municipality_code from client where id = :id").param("id", client)
                .query(String.class).single();
    }

    public void releaseDate(Change c) {
        CaseState.Episode episode = c.state().episode();
        if (c.on().equals(episode.conditionalReleaseDate())) {
            return;
        }
        jdbc.sql("update custody_episode set conditional_release_date = :on where id = :id")
                .param("on", c.on()).param("id", episode.id()).update();
        jdbc.sql("update client set release_date = :on where id = :id").param("on", c.on())
                .param("id", c.client().value()).update();
        keyDates.changed(c.client(), episode.id(), KeyDate.CONDITIONAL_RELEASE, episode.conditionalReleaseDate(),
                c.on(), c.reason(), c.actor(), c.at(), c.enteredAfterwards());
    }

    public void earlyRelease(Change c, EarlyReleaseType type) {
        CaseState.Episode episode = c.state().episode();
        jdbc.sql("update custody_episode set early_release_type = :type, early_release_date = :on where id = :id")
                .param("type", type.name()).param("on", c.on()).param("id", episode.id()).update();
        if (!c.on().equals(episode.earlyReleaseDate())) {
            keyDates.changed(c.client(), episode.id(), KeyDate.EARLY_RELEASE, episode.earlyReleaseDate(), c.on(),
                    c.reason(), c.actor(), c.at(), c.enteredAfterwards());
        }
        events.publishEvent(new EarlyReleaseSet(c.eventId(), c.client(), type, episode.earlyReleaseDate(), c.on(),
                c.actor().userId(), c.at(), c.enteredAfterwards()));
    }

    public void transfer(Change c, UUID to) {
        CaseState.Episode episode = c.state().episode();
        jdbc.sql("update custody_episode set institution_id = :to where id = :id").param("to", to)
                .param("id", episode.id()).update();
        events.publishEvent(new ClientTransferred(c.eventId(), c.client(), episode.institutionId(), to, c.on(),
                c.actor().userId(), c.at(), c.enteredAfterwards()));
    }

    public void released(Change c) {
        CaseState.Episode episode = c.state().episode();
        jdbc.sql("update custody_episode set released_on = :on where id = :id").param("on", c.on())
                .param("id", episode.id()).update();
        moveStage(c, Stage.RELEASED);
        events.publishEvent(new ClientReleased(c.eventId(), c.client(), episode.institutionId(), c.on(),
                c.actor().userId(), c.at(), c.enteredAfterwards()));
    }

    /** Ends the episode the client was released from, if any, and opens the next at the institution. */
    public UUID returned(Change c, ReturnReason why, UUID institution) {
        CaseState.Episode ended = c.state().episode();
        if (ended != null) {
            records.closeEpisode(ended.id());
            if (ended.conditionalReleaseDate() != null) {
                keyDates.changed(c.client(), ended.id(), KeyDate.CONDITIONAL_RELEASE, ended.conditionalReleaseDate(),
                        null, c.reason(), c.actor(), c.at(), c.enteredAfterwards());
            }
        }
        LocalDate sentenceStart = why == ReturnReason.NEW_SENTENCE ? c.on() : null;
        UUID episode = records.insertEpisode(c.client().value(), records.episodeCount(c.client().value()) + 1,
                new RecordCustody(institution, sentenceStart, null, null, null, null, false, null, null, null, null,
                        null, null));
        if (sentenceStart != null) {
            keyDates.changed(c.client(), episode, KeyDate.SENTENCE_START, null, sentenceStart, c.reason(), c.actor(),
                    c.at(), c.enteredAfterwards());
        }
        moveStage(c, Stage.RETURNED_TO_CUSTODY);
        events.publishEvent(new ReturnedToCustody(c.eventId(), c.client(), why, institution, c.on(),
                c.actor().userId(), c.at(), c.enteredAfterwards()));
        return episode;
    }

    public void municipality(Change c, String from, String to) {
        jdbc.sql("update client set municipality_code = :to where id = :id").param("to", to)
                .param("id", c.client().value()).update();
        events.publishEvent(new ResponsibleMunicipalityChanged(c.eventId(), c.client(), from, to, c.on(),
                c.actor().userId(), c.at(), c.enteredAfterwards()));
    }

    /** The stage follows the custody fact where the lifecycle allows it (a referred client stays referred). */
    private void moveStage(Change c, Stage to) {
        Stage from = c.state().stage();
        if (!from.canMoveTo(to) || c.on().isBefore(c.state().stageSince())) {
            return;
        }
        records.insertTransition(c.client().value(), from, to, c.on(), c.reason(), c.actor().userId().value(), c.at());
        records.setStage(c.client().value(), to, c.on());
        events.publishEvent(new StageChanged(c.client(), from, to, c.on(), c.actor().userId()));
    }
}
