package no.samspill.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.bench.http.HttpConnection;
import no.samspill.bench.http.RequestTemplate;
import org.HdrHistogram.Histogram;

/**
 * Load driver for the worklist benchmark. Three modes:
 * <ul>
 *   <li>{@code http}: logs in C clients once each (form login, session cookie), warms up, then requests the
 *   worklist URL in a closed loop for a fixed duration, over one blocking keep-alive socket per client (bench/http);</li>
 *   <li>{@code sql}: the same page as two raw SQL statements over C JDBC connections;</li>
 *   <li>{@code coldstart}: starts {@code java -jar <jar>} with the embedded database and measures the wall time
 *   until {@code GET /login} answers 200, N times.</li>
 * </ul>
 * Every run is bounded by a request count and a duration, and only talks to 127.0.0.1/localhost. Each mode
 * prints a line {@code RESULT|mode|clients|requests|errors|req/s|p50|p95|p99|max} (latencies in ms) for scripts.
 */
public final class LoadDriver {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final long MAX_DURATION_S = 900;
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\bvalue\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Map<String, String> a = parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "http" -> http(a);
            case "sql" -> sql(a);
            case "coldstart" -> coldstart(a);
            case "access" -> access(a);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("""
                usage:
                  http      --base http://127.0.0.1:8080 --path '/api/v1/worklist?scope=WEEK&page=0&size=50'
                            --user kari.koordinator --password demo --clients 8 --warmup 10 --duration 30
                            [--max-requests 5000000]
                  sql       --url jdbc:postgresql://127.0.0.1:5433/samspill --db-user postgres [--db-password x]
                            --owner kari.koordinator [--today 2026-11-24] --clients 8 --warmup 10 --duration 30
                  access    --base http://127.0.0.1:8080 --user kari.koordinator --password demo --clients 8
                            --warmup 10 --duration 30 --pathways 200   (needs SAMSPILL_SERVER_TIMING=true on the server)
                            [--rate 1000]  open loop: requests start on a fixed schedule of this many per second,
                            spread over the clients' connections, whether or not earlier ones have answered
                  coldstart --jar target/samspill-0.1.0-SNAPSHOT.jar [--runs 3] [--port 18090] [--timeout 120]
                            [--log-dir /tmp]""");
    }

    // ------------------------------------------------------------------ http

    private static void http(Map<String, String> a) throws Exception {
        URI base = URI.create(a.getOrDefault("base", "http://127.0.0.1:8080"));
        requireLocal(base);
        String path = a.getOrDefault("path", "/api/v1/worklist?scope=WEEK&page=0&size=50");
        String user = a.getOrDefault("user", "kari.koordinator");
        String password = a.getOrDefault("password", "demo");
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int duration = bounded(Integer.parseInt(a.getOrDefault("duration", "30")));
        long maxRequests = Long.parseLong(a.getOrDefault("max-requests", "5000000"));
        URI target = base.resolve(path);

        // Log-in goes through the JDK client (form, CSRF, cookie jar); the measured requests go over one lean blocking
        // keep-alive socket per client (bench/http), as the raw SQL mode uses one blocking JDBC socket per client: the
        // JDK client's selector and executor threads cost about as much CPU per request as the server on this machine.
        List<HttpConnection> connections = new ArrayList<>();
        List<byte[]> requests = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String cookie = sessionCookie(login(base, user, password), base);
            requests.add(new RequestTemplate("GET", target, Map.of("Accept", "application/json", "Cookie", cookie))
                    .encode(null));
            connections.add(new HttpConnection(base));
        }
        int status = connections.get(0).send(requests.get(0));
        if (status != 200) {
            throw new IllegalStateException("GET " + target + " answered " + status + ": "
                    + connections.get(0).bodyText().lines().findFirst().orElse(""));
        }
        System.out.printf("logged in %d clients as %s; %s -> %d bytes%n", clients, user, target,
                connections.get(0).bodyLength());
        connections.forEach(c -> c.capture("Server-Timing"));
        // The server's own time per request, when it sends a Server-Timing header (SAMSPILL_SERVER_TIMING=true).
        org.HdrHistogram.ConcurrentHistogram server = new org.HdrHistogram.ConcurrentHistogram(120_000_000L, 3);
        Op op = worker -> {
            HttpConnection c = connections.get(worker);
            boolean ok = c.send(requests.get(worker)) == 200 && c.bodyLength() > 0;
            String timing = c.capturedHeader();
            if (ok && timing != null) {
                Matcher t = SERVER_TOTAL.matcher(timing);
                if (t.find()) {
                    server.recordValue(Math.min(Math.round(Double.parseDouble(t.group(1)) * 1000), 120_000_000L));
                }
            }
            return ok;
        };
        if (warmup > 0) {
            System.out.printf("warm-up %d s...%n", warmup);
            phase(clients, warmup, maxRequests, op);
        }
        server.reset();
        run("http", clients, 0, duration, maxRequests, op);
        if (server.getTotalCount() > 0) {
            System.out.printf("RESULT|http-server|%d|%d|0|0|%.2f|%.2f|%.2f|%.2f%n", clients, server.getTotalCount(),
                    ms(server, 50), ms(server, 95), ms(server, 99), server.getMaxValue() / 1000.0);
        }
    }

    // ------------------------------------------------------------------ access (choke point overhead)

    private static final Pattern SERVER_TOTAL = Pattern.compile("total;dur=([0-9.]+)");
    private static final Pattern SERVER_TIMING = Pattern.compile("total;dur=([0-9.]+), access;dur=([0-9.]+)");
    private static final Pattern AUDIT_WAIT = Pattern.compile("audit-wait;dur=([0-9.]+)");

    /**
     * Reads pathway pages (GET /api/v1/pathways/{id}, which passes about half a dozen access decisions, each logged)
     * for the user's own pathways, and splits each request's server time (Server-Timing header) into the access
     * decisions with their audit writes and the rest: the page "with" and "without" the choke point.
     */
    private static void access(Map<String, String> a) throws Exception {
        URI base = URI.create(a.getOrDefault("base", "http://127.0.0.1:8080"));
        requireLocal(base);
        String user = a.getOrDefault("user", "kari.koordinator");
        String password = a.getOrDefault("password", "demo");
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int duration = bounded(Integer.parseInt(a.getOrDefault("duration", "30")));
        int wanted = Integer.parseInt(a.getOrDefault("pathways", "200"));
        long maxRequests = Long.parseLong(a.getOrDefault("max-requests", "5000000"));
        double rate = Double.parseDouble(a.getOrDefault("rate", "0"));

        List<HttpClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(login(base, user, password));
        }
        List<String> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\"pathwayId\":\"([0-9a-f-]{36})\"");
        for (int page = 0; ids.size() < wanted && page < 50; page++) {
            HttpResponse<String> r = sessions.get(0).send(HttpRequest.newBuilder(
                    base.resolve("/api/v1/worklist?scope=ALL&size=200&page=" + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = id.matcher(r.body());
            int before = ids.size();
            while (m.find() && ids.size() < wanted) {
                if (!ids.contains(m.group(1))) {
                    ids.add(m.group(1));
                }
            }
            if (ids.size() == before) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException(user + " has no pathways on the worklist");
        }
        HttpResponse<String> probe = sessions.get(0).send(HttpRequest.newBuilder(
                base.resolve("/api/v1/pathways/" + ids.get(0))).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 200 || probe.headers().firstValue("Server-Timing").isEmpty()) {
            throw new IllegalStateException("pathway page answered " + probe.statusCode()
                    + (probe.headers().firstValue("Server-Timing").isEmpty() ? " without Server-Timing" : ""));
        }
        System.out.printf("logged in %d clients as %s; %d pathways; page %d bytes%n", clients, user, ids.size(),
                probe.body().length());

        org.HdrHistogram.ConcurrentHistogram server = new org.HdrHistogram.ConcurrentHistogram(120_000_000L, 3);
        org.HdrHistogram.ConcurrentHistogram access = new org.HdrHistogram.ConcurrentHistogram(120_000_000L, 3);
        org.HdrHistogram.ConcurrentHistogram without = new org.HdrHistogram.ConcurrentHistogram(120_000_000L, 3);
        // Of the access time: the response's wait for the audit commit, and the rest (decisions, look-ups, hand-over).
        org.HdrHistogram.ConcurrentHistogram wait = new org.HdrHistogram.ConcurrentHistogram(120_000_000L, 3);
        org.HdrHistogram.ConcurrentHistogram deciding = new org.HdrHistogram.ConcurrentHistogram(120_000_000L, 3);
        // Measured requests: one lean keep-alive socket per client with that client's session cookie (see http mode).
        List<HttpConnection> connections = new ArrayList<>();
        List<List<byte[]>> pages = new ArrayList<>();
        for (HttpClient session : sessions) {
            String cookie = sessionCookie(session, base);
            List<byte[]> mine = new ArrayList<>();
            for (String pathway : ids) {
                mine.add(new RequestTemplate("GET", base.resolve("/api/v1/pathways/" + pathway),
                        Map.of("Accept", "application/json", "Cookie", cookie)).encode(null));
            }
            pages.add(mine);
            connections.add(new HttpConnection(base).capture("Server-Timing"));
        }
        AtomicLong next = new AtomicLong();
        Op op = worker -> {
            HttpConnection c = connections.get(worker);
            int status = c.send(pages.get(worker).get((int) (next.getAndIncrement() % ids.size())));
            String timing = c.capturedHeader();
            Matcher t = SERVER_TIMING.matcher(timing == null ? "" : timing);
            if (status != 200 || !t.find()) {
                return false;
            }
            long totalMicros = Math.round(Double.parseDouble(t.group(1)) * 1000);
            long accessMicros = Math.round(Double.parseDouble(t.group(2)) * 1000);
            server.recordValue(Math.min(totalMicros, 120_000_000L));
            access.recordValue(Math.min(accessMicros, 120_000_000L));
            without.recordValue(Math.max(0, Math.min(totalMicros - accessMicros, 120_000_000L)));
            Matcher w = AUDIT_WAIT.matcher(timing);
            if (w.find()) {
                long waitMicros = Math.round(Double.parseDouble(w.group(1)) * 1000);
                wait.recordValue(Math.min(waitMicros, 120_000_000L));
                deciding.recordValue(Math.max(0, Math.min(accessMicros - waitMicros, 120_000_000L)));
            }
            return true;
        };
        if (warmup > 0) {
            System.out.printf("warm-up %d s...%n", warmup);
            phase(clients, warmup, maxRequests, op);
        }
        server.reset();
        access.reset();
        without.reset();
        wait.reset();
        deciding.reset();
        String series = rate > 0 ? "access-page-client-at-" + Math.round(rate) : "access-page-client";
        if (rate > 0) {
            report(series, clients, atRate(clients, rate, duration, maxRequests, op), duration);
        } else {
            run(series, clients, 0, duration, maxRequests, op);
        }
        for (var e : List.of(Map.entry("page-server", server), Map.entry("access-share", access),
                Map.entry("page-server-without-access", without), Map.entry("access-audit-wait", wait),
                Map.entry("access-deciding", deciding))) {
            Histogram h = e.getValue();
            if (h.getTotalCount() == 0) {
                continue;
            }
            System.out.printf("RESULT|%s|%d|%d|0|0|%.2f|%.2f|%.2f|%.2f%n",
                    rate > 0 ? e.getKey() + "-at-" + Math.round(rate) : e.getKey(), clients, h.getTotalCount(),
                    ms(h, 50), ms(h, 95), ms(h, 99), h.getMaxValue() / 1000.0);
        }
        double added = ms(server, 95) - ms(without, 95);
        System.out.printf("ACCESS|%d|%.3f|%.3f|%.3f|%.2f|%s%n", clients, ms(access, 95), added, ms(server, 95),
                ms(server, 95) / Math.max(0.001, ms(without, 95)), rate > 0 ? Math.round(rate) : "closed");
    }

    /** The session cookie the log-in left in the client's cookie jar, as a {@code Cookie} header value. */
    static String sessionCookie(HttpClient client, URI base) {
        CookieManager jar = (CookieManager) client.cookieHandler().orElseThrow();
        List<java.net.HttpCookie> cookies = jar.getCookieStore().get(base);
        if (cookies.isEmpty()) {
            throw new IllegalStateException("no session cookie after log-in");
        }
        return String.join("; ", cookies.stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    /** Form login: GET /login for the CSRF token, POST /login; the client keeps the session cookie. */
    static HttpClient login(URI base, String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /login answered " + page.statusCode());
        }
        String csrf = csrf(page.body());
        String form = "username=" + enc(user) + "&password=" + enc(password) + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() >= 400 || location.contains("error")) {
            throw new IllegalStateException("log-in as " + user + " failed: " + posted.statusCode() + " " + location);
        }
        return client;
    }

    static String csrf(String html) {
        Matcher inputs = INPUT.matcher(html);
        while (inputs.find()) {
            String tag = inputs.group();
            if (tag.contains("name=\"_csrf\"")) {
                Matcher v = VALUE.matcher(tag);
                if (v.find()) {
                    return v.group(1).replace("&#45;", "-").replace("&#x2D;", "-").replace("&amp;", "&");
                }
            }
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ sql

    private static void sql(Map<String, String> a) throws Exception {
        String url = a.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5433/samspill");
        requireLocal(URI.create(url.substring("jdbc:".length())));
        String dbUser = a.getOrDefault("db-user", "postgres");
        String dbPassword = a.getOrDefault("db-password", "");
        String owner = a.getOrDefault("owner", "kari.koordinator");
        LocalDate today = a.containsKey("today") ? LocalDate.parse(a.get("today"))
                : LocalDate.now(ZoneId.of("Europe/Oslo"));
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int duration = bounded(Integer.parseInt(a.getOrDefault("duration", "30")));
        long maxRequests = Long.parseLong(a.getOrDefault("max-requests", "5000000"));

        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement[]> statements = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Connection conn = DriverManager.getConnection(url, dbUser, dbPassword);
            conn.setAutoCommit(true);
            connections.add(conn);
            statements.add(new PreparedStatement[]{
                    conn.prepareStatement("SELECT w.pathway_id, w.kind, w.ref, w.title, w.due_date FROM worklist_item w "
                            + "WHERE w.owner = ? AND w.due_date <= ? ORDER BY w.due_date, w.pathway_id, w.kind, w.ref LIMIT 50"),
                    conn.prepareStatement("SELECT p.id, pe.given_name, pe.family_name FROM pathway p "
                            + "JOIN person pe ON pe.id = p.person_id WHERE p.id = ANY(?)")});
        }
        System.out.printf("%d JDBC connections; owner=%s, due_date <= %s%n", clients, owner, endOfWeek);
        Op op = worker -> {
            PreparedStatement[] ps = statements.get(worker);
            List<Object> ids = new ArrayList<>(50);
            int rows = 0;
            ps[0].setString(1, owner);
            ps[0].setObject(2, endOfWeek);
            try (ResultSet rs = ps[0].executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1));
                    rs.getString(2);
                    rs.getString(3);
                    rs.getString(4);
                    rs.getObject(5, LocalDate.class);
                    rows++;
                }
            }
            Array array = connections.get(worker).createArrayOf("uuid", ids.stream().distinct().toArray());
            ps[1].setArray(1, array);
            try (ResultSet rs = ps[1].executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                    rs.getString(2);
                    rs.getString(3);
                }
            }
            return rows > 0;
        };
        try {
            run("sql", clients, warmup, duration, maxRequests, op);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    // ------------------------------------------------------------------ shared closed loop

    @FunctionalInterface
    interface Op {
        boolean call(int worker) throws Exception;
    }

    private static void run(String mode, int clients, int warmup, int duration, long maxRequests, Op op)
            throws InterruptedException {
        if (warmup > 0) {
            System.out.printf("warm-up %d s...%n", warmup);
            phase(clients, warmup, maxRequests, op);
        }
        System.out.printf("measuring %d s with %d clients...%n", duration, clients);
        long started = System.nanoTime();
        Phase p = phase(clients, duration, maxRequests, op);
        report(mode, clients, p, (System.nanoTime() - started) / 1e9);
    }

    private static void report(String mode, int clients, Phase p, double secs) {
        Histogram h = p.histogram;
        long ok = h.getTotalCount();
        double rps = ok / secs;
        System.out.printf("%s: %d clients, %,d ok, %,d errors in %.1f s = %,.0f req/s; latency ms p50 %.2f  p95 %.2f  "
                        + "p99 %.2f  max %.2f%n", mode, clients, ok, p.errors, secs, rps, ms(h, 50), ms(h, 95),
                ms(h, 99), h.getMaxValue() / 1000.0);
        if (p.firstError != null) {
            System.out.println("first error: " + p.firstError);
        }
        System.out.printf("RESULT|%s|%d|%d|%d|%.0f|%.2f|%.2f|%.2f|%.2f%n", mode, clients, ok, p.errors, rps,
                ms(h, 50), ms(h, 95), ms(h, 99), h.getMaxValue() / 1000.0);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private record Phase(Histogram histogram, long errors, String firstError) {
    }

    /**
     * Open loop: request k is due at start + k / rate, whatever happened to the ones before; each client thread takes
     * the next due request, waits for its time and sends it on its own connection. A request's latency counts from when
     * it was due, so a server that falls behind is charged for the queue it causes (no coordinated omission); when all
     * clients are busy, due requests wait for one.
     */
    private static Phase atRate(int clients, double rate, int seconds, long maxRequests, Op op)
            throws InterruptedException {
        long intervalNanos = Math.round(1_000_000_000.0 / rate);
        long start = System.nanoTime() + 50_000_000L;
        long total = Math.min(maxRequests, Math.round(rate * seconds));
        AtomicLong nextSlot = new AtomicLong();
        return clients(clients, op, () -> {
            long slot = nextSlot.getAndIncrement();
            if (slot >= total) {
                return DONE;
            }
            long due = start + slot * intervalNanos;
            for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(left);
            }
            return due;
        });
    }

    /** Closed loop: each client sends its next request as soon as the last is answered, until the time is up. */
    private static Phase phase(int clients, int seconds, long maxRequests, Op op) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong issued = new AtomicLong();
        return clients(clients, op, () -> {
            long now = System.nanoTime();
            return now < deadline && issued.incrementAndGet() <= maxRequests ? now : DONE;
        });
    }

    /** When a client's next request counts from (after waiting for it), or {@link #DONE}. */
    @FunctionalInterface
    private interface Schedule {
        long nextStart();
    }

    private static final long DONE = Long.MIN_VALUE;

    /** Runs the clients, each on its own thread, through the schedule; latency in microseconds, up to 120 s. */
    private static Phase clients(int clients, Op op, Schedule schedule) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        Histogram[] histograms = new Histogram[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int worker = c;
            Histogram h = new Histogram(120_000_000L, 3);
            histograms[c] = h;
            threads[c] = new Thread(() -> {
                for (long t0 = schedule.nextStart(); t0 != DONE; t0 = schedule.nextStart()) {
                    boolean ok;
                    String error = null;
                    try {
                        ok = op.call(worker);
                    } catch (Exception e) {
                        ok = false;
                        error = e.toString();
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (ok) {
                        h.recordValue(Math.min(micros, 120_000_000L));
                    } else {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = error == null ? "unexpected answer" : error;
                            }
                        }
                    }
                }
            }, "client-" + c);
            threads[c].start();
        }
        Histogram total = new Histogram(120_000_000L, 3);
        for (int c = 0; c < clients; c++) {
            threads[c].join();
            total.add(histograms[c]);
        }
        return new Phase(total, errors.get(), firstError[0]);
    }

    // ------------------------------------------------------------------ cold start

    private static void coldstart(Map<String, String> a) throws Exception {
        Path jar = Path.of(a.getOrDefault("jar", "target/samspill-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no such jar: " + jar);
        }
        int runs = Math.min(10, Integer.parseInt(a.getOrDefault("runs", "3")));
        int port = Integer.parseInt(a.getOrDefault("port", "18090"));
        int timeout = bounded(Integer.parseInt(a.getOrDefault("timeout", "120")));
        Path logDir = Path.of(a.getOrDefault("log-dir", System.getProperty("java.io.tmpdir")));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        double[] seconds = new double[runs];
        for (int k = 0; k < runs; k++) {
            Path log = logDir.resolve("samspill-coldstart-" + (k + 1) + ".log");
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(key -> key.startsWith("SAMSPILL_DB_") || key.equals("SAMSPILL_EMBEDDED_DATA_DIR")
                    || key.equals("SAMSPILL_DEMO_PATHWAYS"));
            env.put("PORT", Integer.toString(port));
            long t0 = System.nanoTime();
            Process process = pb.start();
            double took = -1;
            try {
                long deadline = t0 + timeout * 1_000_000_000L;
                while (System.nanoTime() < deadline && process.isAlive()) {
                    try {
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(login)
                                .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) {
                            took = (System.nanoTime() - t0) / 1e9;
                            break;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(20);
                }
            } finally {
                stop(process);
            }
            if (took < 0) {
                throw new IllegalStateException("run " + (k + 1) + ": no 200 from " + login + " within " + timeout
                        + " s (process " + (process.isAlive() ? "alive" : "exited " + process.exitValue())
                        + "); see " + log);
            }
            String started = Files.readAllLines(log).stream().filter(l -> l.contains("Started ") && l.contains(" in "))
                    .findFirst().map(l -> l.substring(l.indexOf("Started "))).orElse("");
            System.out.printf("run %d: GET /login 200 after %.2f s  (%s)%n", k + 1, took, started);
            seconds[k] = took;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[runs / 2];
        System.out.printf("cold start median of %d: %.2f s (min %.2f, max %.2f)%n", runs, median, sorted[0],
                sorted[runs - 1]);
        StringBuilder all = new StringBuilder();
        for (double s : seconds) {
            all.append(all.length() == 0 ? "" : ",").append(String.format("%.2f", s));
        }
        System.out.printf("RESULT|coldstart|%d|%.2f|%s%n", runs, median, all);
    }

    /** SIGTERM (graceful: the app stops its embedded PostgreSQL), then force, and the same for any leftovers. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        for (ProcessHandle h : descendants) {
            if (h.isAlive()) {
                h.destroy();
            }
        }
        long until = System.nanoTime() + 10_000_000_000L;
        for (ProcessHandle h : descendants) {
            while (h.isAlive() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void requireLocal(URI uri) {
        String host = uri.getHost();
        if (host == null || !LOCAL_HOSTS.contains(host)) {
            throw new IllegalArgumentException("only 127.0.0.1/localhost targets are allowed, not " + uri);
        }
    }

    private static int bounded(int seconds) {
        if (seconds < 1 || seconds > MAX_DURATION_S) {
            throw new IllegalArgumentException("duration must be 1.." + MAX_DURATION_S + " s");
        }
        return seconds;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < args.length; k++) {
            if (!args[k].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[k]);
            }
            String key = args[k].substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                m.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (k + 1 < args.length && !args[k + 1].startsWith("--")) {
                m.put(key, args[++k]);
            } else {
                m.put(key, "true");
            }
        }
        return m;
    }
}
