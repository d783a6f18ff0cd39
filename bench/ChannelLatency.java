import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issue 12's channel figures: from a release-date change (saved through the API by the client's coordinator) until
 * each immediate e-mail about it reaches a real SMTP server (GreenMail, in this process) and each webhook about it
 * reaches a real HTTP receiver (the JDK's HttpServer, in this process, verifying the Standard Webhooks signature),
 * while other coordinators work. The users, the changes and the notice figures are bench/NoticeLatency.java's, run
 * as they are; this program adds the receivers, configures a webhook endpoint through the API for each organisation
 * told, and matches what arrives to the change that caused it. Run by bench/channel-latency.sh; see bench/README.md.
 *
 * <p>Arguments: NoticeLatency's six (base URL, JDBC URL, working users, changes, changers, output directory), then
 * the SMTP port, the webhook receiver's port and the seconds to wait after the last change for stragglers.
 */
public class ChannelLatency {

    private static final Pattern NOTICE_LINK = Pattern.compile("/notifications/([0-9a-f-]{36})");
    private static final Pattern CREATED_SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(whsec_[^\"]+)\"");

    /** When an e-mail or webhook arrived (nanoTime), what it was about and to whom. */
    record Arrival(long at, String key) {
    }

    /** Change's answer time by notice event id. */
    static final Map<UUID, Long> changedAt = new ConcurrentHashMap<>();
    /** E-mails by the notice they link to; webhooks by webhook-id. Repeats are counted, the first arrival kept. */
    static final Map<UUID, Arrival> mails = new ConcurrentHashMap<>();
    static final Map<String, Arrival> hooks = new ConcurrentHashMap<>();
    static final AtomicInteger mailRepeats = new AtomicInteger();
    static final AtomicInteger hookRepeats = new AtomicInteger();
    static final AtomicInteger badSignatures = new AtomicInteger();
    static final AtomicInteger mailsWithoutLink = new AtomicInteger();
    /** Signing secret by organisation (the endpoint's path names it). */
    static final Map<String, String> secrets = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        Path out = Path.of(args[5]);
        int smtpPort = Integer.parseInt(args[6]);
        int hookPort = Integer.parseInt(args[7]);
        int graceSeconds = Integer.parseInt(args[8]);

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Thread.ofVirtual().start(() -> watchMail(smtp));
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", hookPort), 64);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hooks/", exchange -> {
            String organisation = exchange.getRequestURI().getPath().substring("/hooks/".length());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            long at = System.nanoTime();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean valid = verify(secrets.get(organisation), id,
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("webhook-signature"));
            if (!valid) {
                badSignatures.incrementAndGet();
            } else if (hooks.putIfAbsent(id, new Arrival(at, organisation)) != null) {
                hookRepeats.incrementAndGet();
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        receiver.start();
        System.out.printf("receivers: SMTP on 127.0.0.1:%d (GreenMail), webhooks on 127.0.0.1:%d%n", smtpPort, hookPort);

        Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
        NoticeLatency.base = base;
        configureEndpoints(db, base, hookPort);

        Connection events = DriverManager.getConnection(jdbcUrl, "postgres", "");
        NoticeLatency.afterChange = (client, sample) -> {
            // The changer waited until this change's notices were stored, and it alone changes this client: the
            // client's newest release-date event is this change's.
            synchronized (events) {
                try (PreparedStatement q = events.prepareStatement("""
                        select id from notice_event where client_id = ? and kind = 'RELEASE_DATE_CHANGED'
                        order by created_at desc limit 1""")) {
                    q.setObject(1, client.client());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        changedAt.put(rs.getObject(1, UUID.class), (long) sample[3]);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        NoticeLatency.main(Arrays.copyOf(args, 6));

        // Wait for stragglers: until every queued e-mail and webhook of the measured changes has arrived, or the grace.
        long lastChange = System.nanoTime();
        long deadline = lastChange + Duration.ofSeconds(graceSeconds).toNanos();
        List<Expected> expected;
        while (true) {
            expected = expected(db);
            long missing = expected.stream().filter(e -> arrival(e) == null).count();
            if (missing == 0 || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(200);
        }
        StringBuilder summary = new StringBuilder();
        summary.append(report("e-mail", expected.stream().filter(e -> e.mail).toList(), mailRepeats.get()));
        summary.append(report("webhook", expected.stream().filter(e -> !e.mail).toList(), hookRepeats.get()));
        summary.append(String.format("webhooks refused for a bad signature: %d; e-mails without a notice link: %d;"
                + " e-mails received in all: %d%n", badSignatures.get(), mailsWithoutLink.get(),
                smtp.getReceivedMessages().length));
        summary.append(outboxes(db));
        System.out.print(summary);
        Files.writeString(out.resolve("channel-latency.txt"), summary.toString());
        StringBuilder raw = new StringBuilder("channel\tevent\tto\tstatus\tlatency_ms\n");
        for (Expected e : expected) {
            Arrival a = arrival(e);
            raw.append(String.format("%s\t%s\t%s\t%s\t%s%n", e.mail ? "mail" : "webhook", e.event, e.to, e.status,
                    a == null ? "" : String.format("%.1f", (a.at() - changedAt.get(e.event)) / 1e6)));
        }
        Files.writeString(out.resolve("channel-latency.tsv"), raw.toString());
        receiver.stop(0);
        smtp.stop();
        System.exit(0);
    }

    /** One e-mail (by the notice it links to) or one webhook delivery (by its id) the measured changes queued. */
    record Expected(boolean mail, UUID event, String key, String to, String status) {
    }

    static Arrival arrival(Expected e) {
        return e.mail ? mails.get(UUID.fromString(e.key)) : hooks.get(e.key);
    }

    /** What the outboxes hold for the measured changes' events: immediate e-mails and webhook deliveries. */
    static List<Expected> expected(Connection db) throws Exception {
        List<Expected> expected = new ArrayList<>();
        UUID[] events = changedAt.keySet().toArray(UUID[]::new);
        try (PreparedStatement q = db.prepareStatement("""
                select m.event_id, n.id, u.username,
                       case when m.sent_at is not null then 'sent' when m.dropped_at is not null then 'dropped: '
                            || m.outcome else 'waiting' end
                from notice_mail m join notice n on n.event_id = m.event_id and n.recipient_id = m.recipient_id
                join app_user u on u.id = m.recipient_id
                where m.event_id = any (?) and n.channel = 'IN_APP'""")) {
            q.setArray(1, db.createArrayOf("uuid", events));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    expected.add(new Expected(true, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class).toString(),
                            rs.getString(3), rs.getString(4)));
                }
            }
        }
        try (PreparedStatement q = db.prepareStatement("""
                select d.event_id, d.id, e.organisation_id, d.status from webhook_delivery d
                join webhook_endpoint e on e.id = d.endpoint_id where d.event_id = any (?)""")) {
            q.setArray(1, db.createArrayOf("uuid", events));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    expected.add(new Expected(false, rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return expected;
    }

    static String report(String channel, List<Expected> expected, int repeats) {
        List<Double> latencies = new ArrayList<>();
        Map<UUID, Double> lastPerChange = new ConcurrentHashMap<>();
        int missing = 0;
        for (Expected e : expected) {
            Arrival a = arrival(e);
            if (a == null) {
                missing++;
                continue;
            }
            double ms = (a.at() - changedAt.get(e.event)) / 1e6;
            latencies.add(ms);
            lastPerChange.merge(e.event, ms, Math::max);
        }
        long within10s = latencies.stream().filter(ms -> ms < 10_000).count();
        return String.format("%s: %d queued for %d changes, %d received (%d within 10 s), %d not received, %d repeats%n"
                + "  saved -> each %s received:                %s%n"
                + "  saved -> the change's last %s received:   %s%n", channel, expected.size(),
                expected.stream().map(Expected::event).distinct().count(), latencies.size(), within10s, missing,
                repeats, channel, NoticeLatency.percentiles(latencies), channel,
                NoticeLatency.percentiles(new ArrayList<>(lastPerChange.values())));
    }

    /** The outboxes' state at the end, for the measured changes: how many rows sent, waiting, dropped or failed. */
    static String outboxes(Connection db) throws Exception {
        StringBuilder s = new StringBuilder("outbox rows of the measured changes by state:");
        UUID[] events = changedAt.keySet().toArray(UUID[]::new);
        for (String sql : List.of("""
                select 'e-mail ' || case when sent_at is not null then 'sent' when dropped_at is not null
                       then 'dropped (' || outcome || ')' else 'waiting' end, count(*)
                from notice_mail where event_id = any (?) group by 1 order by 1""", """
                select 'webhook ' || status, count(*) from webhook_delivery where event_id = any (?) group by 1 order by 1""")) {
            try (PreparedStatement q = db.prepareStatement(sql)) {
                q.setArray(1, db.createArrayOf("uuid", events));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        s.append(' ').append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(';');
                    }
                }
            }
        }
        return s.append('\n').toString();
    }

    /**
     * Polls GreenMail's store every 20 ms; each e-mail not seen before (by its Message-ID: the store lists mailbox by
     * mailbox, so a new e-mail need not come last) is timed and keyed by the notice it links to.
     */
    static void watchMail(GreenMail smtp) {
        Set<String> seen = new HashSet<>();
        while (true) {
            MimeMessage[] received = smtp.getReceivedMessages();
            long at = System.nanoTime();
            for (MimeMessage message : received) {
                try {
                    if (!seen.add(message.getMessageID())) {
                        continue;
                    }
                    Matcher link = NOTICE_LINK.matcher(String.valueOf(message.getContent()));
                    if (!link.find()) {
                        mailsWithoutLink.incrementAndGet();
                        continue;
                    }
                    Address[] to = message.getAllRecipients();
                    if (mails.putIfAbsent(UUID.fromString(link.group(1)),
                            new Arrival(at, to == null ? "" : to[0].toString())) != null) {
                        mailRepeats.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * A webhook endpoint for each organisation a release-date notice reaches (the partners' two and the probation
     * office's), made through the API by the administrator as a deployment would, pointing at this receiver.
     */
    static void configureEndpoints(Connection db, String base, int hookPort) throws Exception {
        List<String> organisations = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                select distinct organisation_id from app_user where username in ('partner', 'employment', 'manager')""");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                organisations.add(rs.getString(1));
            }
        }
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        for (String organisation : organisations) {
            String body = "{\"organisationId\":\"" + organisation + "\",\"url\":\"http://127.0.0.1:" + hookPort
                    + "/hooks/" + organisation + "\",\"description\":\"benchmark receiver\","
                    + "\"eventTypes\":[\"RELEASE_DATE_CHANGED\"]}";
            HttpResponse<String> made = NoticeLatency.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/webhook-endpoints")).header("Authorization", admin)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            Matcher secret = CREATED_SECRET.matcher(made.body());
            if (made.statusCode() != 201 || !secret.find()) {
                throw new IllegalStateException("endpoint not made: " + made.statusCode() + " " + made.body());
            }
            secrets.put(organisation, secret.group(1));
        }
        System.out.printf("%d webhook endpoints made through the API (RELEASE_DATE_CHANGED)%n", organisations.size());
    }

    /** The Standard Webhooks check, as README.md gives it to receivers: any v1 signature of id.timestamp.body. */
    static boolean verify(String secret, String id, String timestamp, String body, String signatures) {
        if (secret == null || id == null || timestamp == null || signatures == null
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(signatures.split(" ")).map(s -> s.split(",", 2))
                    .anyMatch(p -> p.length == 2 && p[0].equals("v1")
                            && MessageDigest.isEqual(expected, Base64.getDecoder().decode(p[1])));
        } catch (Exception e) {
            return false;
        }
    }
}
