import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 12's benchmark: the time from a release-date change, saved through the API by the client's coordinator,
 * until every member of the client's group has the notice — stored (polled in the database every 5 ms) and visible
 * (then read back from each member's own {@code /api/v1/notifications}) — while other coordinators keep working.
 * Run by bench/notice-latency.sh, which prepares the database and the application; see bench/README.md.
 *
 * <p>Arguments: base URL, JDBC URL, working users, changes, concurrent changers, output directory.
 */
public class NoticeLatency {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern RELEASE = Pattern.compile("\"conditionalReleaseDate\"\\s*:\\s*\"([0-9-]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    record Login(String session, String csrf) {
    }

    record Shared(UUID client, String coordinator, List<UUID> members, List<String> memberNames) {
    }

    static String base;
    /** Told of each measured change (its client and sample) by the changer that made it; ChannelLatency listens. */
    static BiConsumer<Shared, double[]> afterChange = (client, sample) -> {
    };

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbcUrl = args[1];
        int users = Integer.parseInt(args[2]);
        int changes = Integer.parseInt(args[3]);
        int changers = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);

        Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
        List<Shared> shared = sharedClients(db);
        System.out.printf("%d clients shared with the partners, %d members each%n", shared.size(),
                shared.get(0).members().size());
        Map<String, List<UUID>> caseloads = caseloads(db, users);

        Map<String, Login> logins = new ConcurrentHashMap<>();
        List<String> toSignIn = new ArrayList<>(caseloads.keySet());
        shared.stream().map(Shared::coordinator).distinct().forEach(toSignIn::add);
        shared.get(0).memberNames().forEach(toSignIn::add);
        signIn(toSignIn.stream().distinct().toList(), logins);
        System.out.printf("%d users signed in%n", logins.size());

        AtomicBoolean working = new AtomicBoolean(true);
        ConcurrentLinkedQueue<long[]> userRequests = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (Map.Entry<String, List<UUID>> user : caseloads.entrySet()) {
            Login login = logins.get(user.getKey());
            workers.add(Thread.ofVirtual().start(() -> work(login, user.getValue(), working, userRequests)));
        }
        Thread.sleep(10_000); // the users are at work before the first change

        List<double[]> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(changers);
        for (int c = 0; c < changers; c++) {
            int changer = c;
            Thread.ofVirtual().start(() -> {
                try (Connection poll = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                    // Each changer has clients of its own, so no two changes of one client meet (a 409).
                    List<Shared> mine = new ArrayList<>();
                    for (int i = changer; i < shared.size(); i += changers) {
                        mine.add(shared.get(i));
                    }
                    int round = 0;
                    while (next.getAndIncrement() < changes) {
                        Shared client = mine.get(round++ % mine.size());
                        double[] sample = change(client, logins, poll);
                        if (sample == null) {
                            failures.incrementAndGet();
                        } else {
                            samples.add(sample);
                            afterChange.accept(client, sample);
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        working.set(false);
        for (Thread worker : workers) {
            worker.join();
        }

        StringBuilder summary = new StringBuilder();
        summary.append(String.format("changes: %d measured, %d failed; changers at once: %d; users working: %d%n",
                samples.size(), failures.get(), changers, caseloads.size()));
        summary.append(line("change saved (PUT answered)", samples, 0));
        summary.append(line("saved -> every member's notice stored", samples, 1));
        summary.append(line("saved -> every member's notice visible in their inbox API", samples, 2));
        List<Double> userLatencies = new ArrayList<>();
        long userErrors = 0;
        for (long[] r : userRequests) {
            userLatencies.add(r[1] / 1e6);
            userErrors += r[0] == 200 ? 0 : 1;
        }
        summary.append(String.format("users' requests meanwhile: %d, not 200: %d, %s%n", userLatencies.size(),
                userErrors, percentiles(userLatencies)));
        System.out.print(summary);
        Files.createDirectories(out);
        Files.writeString(out.resolve("notice-latency.txt"), summary.toString());
        StringBuilder raw = new StringBuilder("saved_ms\tstored_ms\tvisible_ms\n");
        for (double[] s : samples) {
            raw.append(String.format("%.1f\t%.1f\t%.1f%n", s[0], s[1], s[2]));
        }
        Files.writeString(out.resolve("notice-latency.tsv"), raw.toString());
    }

    /**
     * One change: read, move the date by a day, then wait until every member's notice is stored, then visible. Returns
     * the PUT's time, stored and visible after its answer (ms), and the answer's {@link System#nanoTime()} (from which
     * bench/ChannelLatency.java times the e-mails and webhooks), or null when the change failed.
     */
    static double[] change(Shared client, Map<String, Login> logins, Connection poll) throws Exception {
        Login coordinator = logins.get(client.coordinator());
        HttpResponse<String> read = get("/api/v1/clients/" + client.client(), coordinator);
        Matcher version = VERSION.matcher(read.body());
        Matcher release = RELEASE.matcher(read.body());
        int custodyAt = read.body().indexOf("\"custody\"");
        if (read.statusCode() != 200 || custodyAt < 0 || !version.find() || !release.find()) {
            return null;
        }
        String custody = object(read.body(), read.body().indexOf('{', custodyAt));
        LocalDate from = LocalDate.parse(release.group(1));
        LocalDate to = from.getDayOfMonth() % 2 == 0 ? from.plusDays(1) : from.minusDays(1);
        String body = custody.substring(0, custody.length() - 1)
                .replace("\"conditionalReleaseDate\":\"" + from + "\"", "\"conditionalReleaseDate\":\"" + to + "\"")
                + ",\"reason\":\"benchmark\",\"version\":" + version.group(1) + "}";
        Instant sent = Instant.now().minusMillis(5);
        long begun = System.nanoTime();
        HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/clients/" + client.client()
                        + "/custody")).header("Cookie", "SESSION=" + coordinator.session())
                .header("X-CSRF-TOKEN", coordinator.csrf()).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        long answered = System.nanoTime();
        if (saved.statusCode() != 200) {
            System.err.println("change " + saved.statusCode() + " " + saved.body());
            return null;
        }
        long deadline = answered + Duration.ofSeconds(60).toNanos();
        while (stored(poll, client, to, sent) < client.members().size()) {
            if (System.nanoTime() > deadline) {
                System.err.println("not stored within 60 s: " + client.client());
                return null;
            }
            Thread.sleep(5);
        }
        long storedAt = System.nanoTime();
        // Each member looks at their own inbox, at the same time as the others: visible when the last one sees it.
        List<Thread> readers = new ArrayList<>();
        AtomicBoolean seenByAll = new AtomicBoolean(true);
        for (String member : client.memberNames()) {
            readers.add(Thread.ofVirtual().start(() -> {
                try {
                    while (!get("/api/v1/notifications?size=5&client=" + client.client(), logins.get(member)).body()
                            .contains("\"newDate\":\"" + to + "\"")) {
                        if (System.nanoTime() > deadline) {
                            System.err.println("not visible within 60 s: " + client.client() + " " + member);
                            seenByAll.set(false);
                            return;
                        }
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    seenByAll.set(false);
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        if (!seenByAll.get()) {
            return null;
        }
        long visibleAt = System.nanoTime();
        return new double[] {(answered - begun) / 1e6, (storedAt - answered) / 1e6, (visibleAt - answered) / 1e6,
            answered};
    }

    static int stored(Connection db, Shared client, LocalDate to, Instant since) throws Exception {
        try (PreparedStatement q = db.prepareStatement("""
                select count(distinct n.recipient_id) from notice n join notice_event e on e.id = n.event_id
                where e.client_id = ? and e.kind = 'RELEASE_DATE_CHANGED' and e.new_date = ? and e.created_at >= ?
                  and n.recipient_id = any (?)""")) {
            q.setObject(1, client.client());
            q.setObject(2, to);
            q.setTimestamp(3, Timestamp.from(since));
            q.setArray(4, db.createArrayOf("uuid", client.members().toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A coordinator at work: their caseload, then a client's page and API, round and round their own clients. */
    static void work(Login login, List<UUID> clients, AtomicBoolean working, ConcurrentLinkedQueue<long[]> log) {
        int i = 0;
        while (working.get()) {
            UUID client = clients.get(i++ % clients.size());
            for (String path : List.of("/clients?scope=mine", "/clients/" + client, "/api/v1/clients/" + client)) {
                long begun = System.nanoTime();
                int status;
                try {
                    status = get(path, login).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                log.add(new long[] {status, System.nanoTime() - begun});
            }
        }
    }

    /** The 40 generated clients bench/partner-groups.sql shared with the partners, their coordinators and members. */
    static List<Shared> sharedClients(Connection db) throws Exception {
        Map<UUID, Shared> shared = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("""
                select c.id, k.username, m.user_id, u.username from client c
                join app_user k on k.id = c.coordinator_id
                join group_member m on m.client_id = c.id and m.to_date is null and m.user_id is not null
                join app_user u on u.id = m.user_id
                join custody_episode e on e.client_id = c.id and e.current
                where (e.risk_assessed_on is null or e.risk_assessed_on <= current_date)
                  -- the facts are saved again as read: a risk assessment dated in the future would be refused
                  and c.id in (select client_id from group_member gm join app_user p on p.id = gm.user_id
                               where p.username = 'partner') and k.username like 'bench-%'
                order by c.id, u.username""");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                UUID client = rs.getObject(1, UUID.class);
                Shared s = shared.computeIfAbsent(client, id -> {
                    try {
                        return new Shared(id, rs.getString(2), new ArrayList<>(), new ArrayList<>());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                s.members().add(rs.getObject(3, UUID.class));
                s.memberNames().add(rs.getString(4));
            }
        }
        return new ArrayList<>(shared.values());
    }

    /** The working users: generated coordinators other than those who change dates, with their own clients. */
    static Map<String, List<UUID>> caseloads(Connection db, int users) throws Exception {
        Map<String, List<UUID>> caseloads = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("""
                select u.username, c.id from app_user u join client c on c.coordinator_id = u.id
                where u.username like 'bench-%' and u.unit_id <> (select unit_id from app_user where username = 'coordinator')
                  and substr(u.username, 7)::int < 2000
                order by substr(u.username, 7)::int, c.id""");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String user = rs.getString(1);
                if (!caseloads.containsKey(user) && caseloads.size() == users) {
                    break;
                }
                caseloads.computeIfAbsent(user, u -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
            }
        }
        return caseloads;
    }

    static void signIn(List<String> usernames, Map<String, Login> logins) throws Exception {
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(usernames);
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                String username;
                while ((username = queue.poll()) != null) {
                    try {
                        logins.put(username, signIn(username));
                    } catch (Exception e) {
                        System.err.println("sign-in of " + username + " failed: " + e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    static Login signIn(String username) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        csrf.find();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + csrf.group(1);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=" + session(form))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String session = session(answer);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie",
                "SESSION=" + session).GET());
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException(username + ": no CSRF token after sign-in (" + page.statusCode() + ")");
        }
        return new Login(session, token.group(1));
    }

    static HttpResponse<String> get(String path, Login login) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "SESSION=" + login.session())
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((a, b) -> b).orElseThrow();
    }

    /** The JSON object that starts at {@code from}, braces balanced (no braces occur inside its strings). */
    static String object(String json, int from) {
        int depth = 0;
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return json.substring(from, i + 1);
            }
        }
        throw new IllegalArgumentException("unbalanced JSON");
    }

    static String line(String what, List<double[]> samples, int column) {
        List<Double> values = new ArrayList<>();
        samples.forEach(s -> values.add(s[column]));
        return String.format("%-60s %s%n", what + ":", percentiles(values));
    }

    static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "no samples";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (n=%d)", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double at(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
