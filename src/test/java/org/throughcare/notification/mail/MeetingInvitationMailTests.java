package org.throughcare.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.CancelMeeting;
import org.throughcare.meeting.MeetingBooked;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.notification.MailChoice;
import org.throughcare.notification.MailSettings;
import org.throughcare.notification.NoticeFixtures;
import org.throughcare.notification.SaveMailChoice;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;

/**
 * Meeting invitations through a real SMTP server (GreenMail), on an application of its own with a clock the tests
 * move: the invitee gets a multipart/alternative e-mail whose calendar part is {@code text/calendar; method=REQUEST}
 * and parses back as the meeting's REQUEST, then its cancellation as {@code method=CANCEL}; a move within the
 * coalescing window sends one invitation, at the later SEQUENCE; a redelivered booking sends nothing again; a digest
 * reader gets the invitation at once; who chose no e-mail gets none.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=5000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "throughcare.notification.mail.poll-interval=1h",
        "throughcare.public-base-url=https://throughcare.example.org",
        "throughcare.notification.coalescing-window=5m",
        "throughcare.notification.quiet-hours=22-07",
        "throughcare.audit.anchor-file=target/invitation-mail-tests-audit-anchor.log"})
class MeetingInvitationMailTests {

    private static final String SCHEMA = "invitemail_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final MovableClock CLOCK = new MovableClock(ZONE);
    private static final int SMTP_PORT = freePort();
    private static final String AGENDA = "Rent arrears and the first week after release";
    private static GreenMail smtp = startSmtp();

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void ownDatabaseAndMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        String testUrl = System.getProperty("spring.datasource.url", "jdbc:h2:mem:x");
        if (testUrl.startsWith("jdbc:postgresql:")) {
            registry.add("spring.datasource.url",
                    () -> testUrl + (testUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            registry.add("spring.flyway.schemas", () -> SCHEMA);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + SCHEMA
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    NoticeMailSender sender;
    @Autowired
    MailSettings settings;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    PlanFixtures fixtures;
    NoticeFixtures notices;
    ClientId client;
    String clientName;

    @BeforeEach
    void aClientWithThePartnerCoveredByConsent() throws Exception {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
        jdbc.sql("update app_user set email = username || '@example.org'").update();
        choose("partner", MailChoice.Frequency.IMMEDIATE);
        CLOCK.nextDayAt(LocalTime.of(10, 0));
        clientName = "Invited Client " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        client = notices.clientWithCoveredMember(fixtures, clientName, "partner");
        // What setting the client up queued is not this test's business.
        jdbc.sql("update notice_mail set dropped_at = current_timestamp where sent_at is null and dropped_at is null")
                .update();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void theInviteeGetsATextCalendarRequestAndThenItsCancellationNamingNoClient() throws Exception {
        UUID meeting = meetings.book(client, form(null), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        assertThat(sendAfterTheWindow()).isNotEmpty();
        List<BodyPart> requests = calendarParts("partner@example.org");
        assertThat(requests).hasSize(1);
        BodyPart request = requests.get(0);
        assertThat(request.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        Calendar invitation = parse(request);
        assertThat(invitation.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = invitation.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(meeting + "@meetings.throughcare");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:partner@example.org");
        assertThat(textPart("partner@example.org")).contains("https://throughcare.example.org/meetings/" + meeting);

        // The same booking delivered again sends nothing again.
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new MeetingBooked(
                client, meeting, LocalDate.now(CLOCK).plusDays(10), List.of(fixtures.actor("partner").userId().value()),
                fixtures.actor("coordinator").userId(), CLOCK.instant())));
        notices.awaitDelivered();
        sendAfterTheWindow();
        assertThat(calendarParts("partner@example.org")).hasSize(1);

        meetings.cancel(client, meeting, new CancelMeeting("The client is ill", 0L), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        sendAfterTheWindow();
        List<BodyPart> all = calendarParts("partner@example.org");
        assertThat(all).hasSize(2);
        BodyPart cancel = all.get(1);
        assertThat(cancel.getContentType()).startsWith("text/calendar").contains("method=CANCEL");
        Calendar cancellation = parse(cancel);
        assertThat(cancellation.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelled = cancellation.<VEvent>getComponents("VEVENT").get(0);
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");

        String idNumber = jdbc.sql("select id_number from client where id = :id").param("id", client.value())
                .query(String.class).single();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String whole = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    + mail.getSubject();
            assertThat(whole).doesNotContain(clientName).doesNotContain(idNumber).doesNotContain(AGENDA)
                    .doesNotContain("The client is ill");
        }
    }

    @Test
    void aMoveWithinTheWindowSendsOneInvitationAtTheLaterSequence() throws Exception {
        UUID meeting = meetings.book(client, form(null), fixtures.actor("coordinator"));
        BookMeeting later = new BookMeeting(LocalDate.now(CLOCK).plusDays(11), LocalTime.of(13, 0), 60,
                PlaceKind.INSTITUTION, null, null, null, AGENDA, true,
                List.of("user:" + fixtures.actor("partner").userId()), null, 0L);
        meetings.reschedule(client, meeting, later, fixtures.actor("coordinator"));
        notices.awaitDelivered();
        sendAfterTheWindow();
        List<BodyPart> parts = calendarParts("partner@example.org");
        assertThat(parts).hasSize(1);
        VEvent event = parse(parts.get(0)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(jdbc.sql("select outcome from notice_mail where meeting_id = :m and calendar_sequence = 0")
                .param("m", meeting).query(String.class).single()).isEqualTo("superseded by a later invitation");
    }

    @Test
    void aDigestReaderGetsTheInvitationAtOnceAndWhoChoseNoEmailGetsNone() throws Exception {
        choose("partner", MailChoice.Frequency.DIGEST);
        meetings.book(client, form(null), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        sendAfterTheWindow();
        assertThat(calendarParts("partner@example.org")).as("invitations are time-critical").hasSize(1);

        choose("partner", MailChoice.Frequency.NONE);
        smtp.purgeEmailFromAllMailboxes();
        meetings.book(client, form(null), fixtures.actor("coordinator"));
        notices.awaitDelivered();
        sendAfterTheWindow();
        assertThat(calendarParts("partner@example.org")).isEmpty();
        choose("partner", MailChoice.Frequency.IMMEDIATE);
    }

    private BookMeeting form(Long version) {
        return new BookMeeting(LocalDate.now(CLOCK).plusDays(10), LocalTime.of(10, 30), 60, PlaceKind.INSTITUTION, null,
                "Visiting room 2", null, AGENDA, true, List.of("user:" + fixtures.actor("partner").userId()), null,
                version);
    }

    private MimeMessage[] sendAfterTheWindow() {
        CLOCK.advance(Duration.ofMinutes(6));
        sender.sendDue();
        return smtp.getReceivedMessages();
    }

    private List<BodyPart> calendarParts(String to) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals(to) && mail.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    if (multipart.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                        parts.add(multipart.getBodyPart(i));
                    }
                }
            }
        }
        return parts;
    }

    private String textPart(String to) throws Exception {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals(to) && mail.getContent() instanceof Multipart multipart) {
                assertThat(multipart.getContentType()).startsWith("multipart/alternative");
                return (String) multipart.getBodyPart(0).getContent();
            }
        }
        throw new AssertionError("no invitation to " + to);
    }

    private static Calendar parse(BodyPart part) throws IOException, MessagingException, Exception {
        return new CalendarBuilder().build(new StringReader(new String(part.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void choose(String username, MailChoice.Frequency frequency) {
        var actor = fixtures.actor(username);
        MailChoice now = settings.of(actor);
        settings.save(new SaveMailChoice(frequency.name(), "en", String.valueOf(now.version())), actor);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }
}
