package org.throughcare.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.notification.MailChoice;
import org.throughcare.notification.MailSettings;
import org.throughcare.notification.NoticeFixtures;
import org.throughcare.notification.SaveMailChoice;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;

/**
 * E-mail about notices through a real SMTP server (GreenMail) on an application of its own (own database, a clock
 * the tests move): one e-mail per recipient who chose immediate, naming no client, no date, no institution; none
 * before the coalescing window or during quiet hours; a daily digest; two quick changes one e-mail, a reversed
 * change none; the server down then up, every e-mail once; two senders at once, every e-mail once; a redelivered
 * event, no second e-mail.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=5000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        // The tests send; the schedule would only race them (its own safety is the concurrent-senders test).
        "throughcare.notification.mail.poll-interval=1h",
        "throughcare.public-base-url=https://throughcare.example.org",
        "throughcare.notification.coalescing-window=5m",
        "throughcare.notification.quiet-hours=22-07",
        "throughcare.notification.digest-hour=7",
        "throughcare.audit.anchor-file=target/notice-mail-tests-audit-anchor.log"})
@AutoConfigureMockMvc
class NoticeMailTests {

    private static final String SCHEMA = "noticemail_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final MovableClock CLOCK = new MovableClock(ZONE);
    private static final int SMTP_PORT = freePort();
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
    NoticeMailSender sender;
    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    PlanFixtures fixtures;
    NoticeFixtures notices;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
        jdbc.sql("update app_user set email = username || '@example.org'").update();
        notices.awaitDelivered();
        // What earlier tests left queued is not this test's business.
        jdbc.sql("update notice_mail set dropped_at = current_timestamp where sent_at is null and dropped_at is null")
                .update();
        choose("partner", MailChoice.Frequency.IMMEDIATE);
        choose("manager", MailChoice.Frequency.NONE);
        purgeMail();
        CLOCK.nextDayAt(LocalTime.of(10, 0));
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void aMovedDateMailsEachRecipientWhoChoseImmediateOnceAfterTheWindowNamingNothingOfTheClient() throws Exception {
        ClientId client = clientWithPartner("Mailed Client Ingrid");
        LocalDate moved = LocalDate.now().plusDays(101);
        notices.moveRelease(client, moved, "secretreasonword", "coordinator");
        notices.awaitDelivered();

        assertThat(sender.sendDue()).as("within the coalescing window nothing leaves").isZero();
        CLOCK.advance(Duration.ofMinutes(6));
        sender.sendDue();
        assertThat(sender.sendDue()).as("a second run finds nothing").isZero();

        assertThat(recipients()).as("the partner chose immediate; the manager none; the coordinator made the change")
                .containsExactly("partner@example.org");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String subjectAndBody = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
        UUID notice = notices.noticeId("partner", client, "RELEASE_DATE_CHANGED");
        assertThat(subjectAndBody).contains("https://throughcare.example.org/notifications/" + notice);
        assertNamesNothingOf(client, subjectAndBody, moved);

        // The link shows the notice to its recipient, and to nobody else.
        mvc.perform(get("/notifications/" + notice).with(user(accounts.loadUserByUsername("partner"))))
                .andExpect(status().isOk());
        mvc.perform(get("/notifications/" + notice).with(user(accounts.loadUserByUsername("employment"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSameEventDeliveredAgainMailsNobodyAgain() {
        ClientId client = clientWithPartner("Mailed Client Redelivered");
        ReleaseDateChanged event = new ReleaseDateChanged(client, LocalDate.now().plusDays(90),
                LocalDate.now().plusDays(77), "again", fixtures.actor("coordinator").userId(), CLOCK.instant(), false);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(6));
        sender.sendDue();
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(6));
        sender.sendDue();

        assertThat(recipients()).containsExactly("partner@example.org");
    }

    @Test
    void twoQuickChangesMailOnceAboutTheLatestAndTheInboxShowsTheHistory() throws Exception {
        ClientId client = clientWithPartner("Mailed Client Chain");
        LocalDate first = LocalDate.now().plusDays(95);
        LocalDate second = LocalDate.now().plusDays(97);
        notices.moveRelease(client, first, "first", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(2));
        notices.moveRelease(client, second, "second", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(4));
        assertThat(sender.sendDue()).as("the first change's e-mail is held: it was folded into the second").isZero();
        CLOCK.advance(Duration.ofMinutes(2));
        sender.sendDue();

        assertThat(recipients()).containsExactly("partner@example.org");
        UUID newest = jdbc.sql("""
                        select n.id from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id
                        where u.username = 'partner' and e.client_id = :c and e.new_date = :d""")
                .param("c", client.value()).param("d", second).query(UUID.class).single();
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("/notifications/" + newest);

        // The inbox shows the newest only, with the earlier step; acknowledging it covers the chain.
        String inbox = mvc.perform(get("/notifications?client=" + client).with(user(accounts.loadUserByUsername("partner"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("id=\"notice-" + newest + "\"").contains("Changed more than once")
                .contains(first.toString());
        assertThat(inbox.split("class=\"card notice-item").length - 1).as("one notice shown for the chain").isEqualTo(1);
    }

    @Test
    void someoneToldOfAFoldedChangeButNotOfTheLaterOneIsStillMailedAboutTheirs() throws Exception {
        ClientId client = clientWithPartner("Mailed Client Two Hands");
        LocalDate first = LocalDate.now().plusDays(103);
        LocalDate second = LocalDate.now().plusDays(104);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // The manager moves the date (the coordinator is told), then the coordinator (who is not told of their own).
        transaction.executeWithoutResult(status -> events.publishEvent(new ReleaseDateChanged(client, null, first,
                "manager", fixtures.actor("manager").userId(), CLOCK.instant(), false)));
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(1));
        transaction.executeWithoutResult(status -> events.publishEvent(new ReleaseDateChanged(client, first, second,
                "coordinator", fixtures.actor("coordinator").userId(), CLOCK.instant(), false)));
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(6));
        sender.sendDue();

        assertThat(recipients()).as("the partner once, about the latest; the coordinator about the one they were told")
                .containsExactly("coordinator@example.org", "partner@example.org");
        UUID coordinatorsNotice = notices.noticeId("coordinator", client, "RELEASE_DATE_CHANGED");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody))
                .anyMatch(body -> body.contains("/notifications/" + coordinatorsNotice));
    }

    @Test
    void aChangeReversedWithinTheWindowMailsNobodyAndTheInboxSaysItWasUndone() throws Exception {
        ClientId client = clientWithPartner("Mailed Client Reversed");
        LocalDate original = jdbc.sql("select release_date from client where id = :id")
                .param("id", client.value()).query(LocalDate.class).single();
        notices.moveRelease(client, original.plusDays(14), "by mistake", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(1));
        notices.moveRelease(client, original, "undone", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(30));
        sender.sendDue();

        assertThat(recipients()).isEmpty();
        String inbox = mvc.perform(get("/notifications?client=" + client).with(user(accounts.loadUserByUsername("partner"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("Undone").doesNotContain("Needs your acknowledgement");
    }

    @Test
    void anEMailDueInTheQuietHoursWaitsUntilTheyEnd() {
        ClientId client = clientWithPartner("Mailed Client Night");
        CLOCK.moveTo(LocalDate.ofInstant(CLOCK.instant(), ZONE).atTime(21, 58).atZone(ZONE).toInstant());
        notices.moveRelease(client, LocalDate.now().plusDays(111), "late", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(30));
        assertThat(sender.sendDue()).as("22:28 is in the quiet hours").isZero();
        CLOCK.nextDayAt(LocalTime.of(6, 59));
        assertThat(sender.sendDue()).isZero();
        CLOCK.advance(Duration.ofMinutes(1));
        sender.sendDue();
        assertThat(recipients()).containsExactly("partner@example.org");
    }

    @Test
    void aDigestRecipientGetsOneEMailADayAtTheDigestHour() throws Exception {
        choose("partner", MailChoice.Frequency.DIGEST);
        ClientId one = clientWithPartner("Digest Client One");
        ClientId two = clientWithPartner("Digest Client Two");
        notices.moveRelease(one, LocalDate.now().plusDays(121), "one", "coordinator");
        notices.moveRelease(two, LocalDate.now().plusDays(122), "two", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofHours(3));
        assertThat(sender.sendDue()).as("13:00: not yet").isZero();
        CLOCK.nextDayAt(LocalTime.of(7, 0));
        sender.sendDue();
        sender.sendDue();

        assertThat(recipients()).containsExactly("partner@example.org");
        MimeMessage digest = smtp.getReceivedMessages()[0];
        String text = digest.getSubject() + "\n" + GreenMailUtil.getBody(digest);
        assertThat(text).contains("https://throughcare.example.org/notifications?show=unread");
        assertNamesNothingOf(one, text, LocalDate.now().plusDays(121));
        assertNamesNothingOf(two, text, LocalDate.now().plusDays(122));
        assertThat(jdbc.sql("select count(*) from notice_mail where mail_key like 'digest:%' and sent_at is not null"
                + " and recipient_id = (select id from app_user where username = 'partner')")
                .query(Long.class).single()).as("unique per user and day").isEqualTo(1);
    }

    @Test
    void withTheServerDownThenUpEveryEMailArrivesExactlyOnce() throws Exception {
        List<ClientId> moved = clientsWithMovedDates("Mailed Client Outage ", 3, 130);
        smtp.stop();
        CLOCK.advance(Duration.ofMinutes(6));
        assertThat(sender.sendDue()).as("the server is down").isZero();
        assertThat(sender.sendDue()).as("and the rows wait for their retry").isZero();
        smtp = startSmtp();
        CLOCK.advance(Duration.ofMinutes(3));
        sender.sendDue();
        CLOCK.advance(Duration.ofHours(2));
        sender.sendDue();

        assertThat(recipients()).containsExactly("partner@example.org", "partner@example.org", "partner@example.org");
        List<String> links = Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody).toList();
        for (ClientId client : moved) {
            UUID notice = notices.noticeId("partner", client, "RELEASE_DATE_CHANGED");
            assertThat(links).as("each notice's e-mail once").filteredOn(body -> body.contains(notice.toString()))
                    .hasSize(1);
        }
    }

    @Test
    void aSenderThatDiesAfterItsClaimLeavesTheEMailToAnotherOnceTheLeaseRunsOut() {
        ClientId client = clientWithPartner("Mailed Client Crash");
        notices.moveRelease(client, LocalDate.now().plusDays(150), "crash", "coordinator");
        notices.awaitDelivered();
        CLOCK.advance(Duration.ofMinutes(6));
        // A node claims the due rows, commits its claim and dies before sending anything.
        List<MailOutbox.Claimed> claimed = new TransactionTemplate(transactions)
                .execute(status -> outbox.claim(CLOCK.instant(), CLOCK.instant().plus(Duration.ofMinutes(2)), 50));
        assertThat(claimed).hasSize(1);
        assertThat(sender.sendDue()).as("held by the dead node's lease").isZero();
        CLOCK.advance(Duration.ofMinutes(3));
        sender.sendDue();
        sender.sendDue();

        assertThat(recipients()).containsExactly("partner@example.org");
    }

    @Test
    void twoSendersAtOnceSendEachEMailOnce() throws Exception {
        clientsWithMovedDates("Mailed Client Race ", 6, 140);
        CLOCK.advance(Duration.ofMinutes(6));
        List<Callable<Integer>> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            senders.add(sender::sendDue);
        }
        List<Integer> sent = Together.call(senders);

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        assertThat(recipients()).hasSize(6);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody).distinct()).hasSize(6);
    }

    @Test
    void theSettingsChosenAreKeptAuditedAndAStaleSaveIsRefused() {
        var actor = fixtures.actor("employment");
        MailChoice before = settings.of(actor);
        MailChoice saved = settings.save(new SaveMailChoice("digest", "nb", String.valueOf(before.version())), actor);
        assertThat(settings.of(actor)).isEqualTo(saved);
        assertThat(saved.frequency()).isEqualTo(MailChoice.Frequency.DIGEST);
        assertThat(saved.language()).isEqualTo("nb");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.save(
                new SaveMailChoice("none", "en", String.valueOf(before.version())), actor))
                .isInstanceOf(org.throughcare.shared.StaleEditException.class);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'NOTICE_MAIL_CHOICE_CHANGED'
                          and actor_username = 'employment' and details = 'frequency=DIGEST; language=nb'""")
                .query(Long.class).single()).isPositive();
    }

    private ClientId clientWithPartner(String name) {
        ClientId client = notices.clientWithCoveredMember(fixtures, name, "partner");
        // The first release date (before the partner joined) is past its window before the change under test.
        CLOCK.advance(Duration.ofMinutes(6));
        sender.sendDue();
        purgeMail();
        return client;
    }

    private static void purgeMail() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Several clients, all made first (making one sends what is due), then each one's release date moved. */
    private List<ClientId> clientsWithMovedDates(String namePrefix, int count, int daysAhead) {
        List<ClientId> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(clientWithPartner(namePrefix + i));
        }
        for (int i = 0; i < count; i++) {
            notices.moveRelease(made.get(i), LocalDate.now().plusDays(daysAhead + i), "moved", "coordinator");
        }
        notices.awaitDelivered();
        return made;
    }

    private void choose(String username, MailChoice.Frequency frequency) {
        var actor = fixtures.actor(username);
        MailChoice now = settings.of(actor);
        settings.save(new SaveMailChoice(frequency.name(), "en", String.valueOf(now.version())), actor);
    }

    private List<String> recipients() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    /** No name, no personal number, no date of birth or of the change, no institution. */
    private void assertNamesNothingOf(ClientId client, String text, LocalDate changedTo) {
        var row = jdbc.sql("select full_name, id_number, date_of_birth from client where id = :id")
                .param("id", client.value()).query().singleRow();
        String name = (String) row.get("full_name");
        LocalDate born = ((java.sql.Date) row.get("date_of_birth")).toLocalDate();
        assertThat(text).doesNotContain(name).doesNotContain(name.split(" ")[2])
                .doesNotContain((String) row.get("id_number"))
                .doesNotContain(born.toString()).doesNotContain(changedTo.toString())
                .doesNotContain(String.valueOf(changedTo.getYear()))
                .doesNotContain("Anstalten").doesNotContain("Umeå");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"), Locale.forLanguageTag("nb"))) {
            assertThat(text).doesNotContain(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(changedTo));
        }
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
