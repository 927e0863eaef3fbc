package no.samspill.bench.questionnaire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import no.samspill.bench.http.HttpConnection;
import no.samspill.bench.http.RequestTemplate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * End-to-end submission load, in one of two modes. {@code link}: POST /api/v1/questionnaire-responses (PHQ-9, nine
 * answers) with fresh single-use links made directly in the database beforehand (one round and link per submission).
 * {@code fhir}: POST /fhir/QuestionnaireResponse (standard R4 JSON, PHQ-9 and GAD-7 in turn, every item answered with
 * a valueCoding) with HTTP Basic as a demo clinic user, for the patients of the demo clinic's open pathways (read from
 * the database). For each client count: a warm-up (ends after WARMUP submissions or {@code --warmup-seconds}, whichever
 * comes first), then a measured run bounded by COUNT and MAX_SECONDS; prints throughput and p50/p95/p99 as Markdown
 * rows. Closed loop: each client thread sends its next submission when the previous one is answered; latency is the
 * client-side round trip, and every answer other than 201 (or a failed request) is an error.
 *
 * <p>HTTP client: {@code --http-client raw} (default) is bench/http's {@link HttpConnection}, one keep-alive socket per
 * client thread, about 20 µs of CPU per request on the 2-core benchmark machine; {@code jdk} is java.net.http's
 * {@code HttpClient} (110–160 µs per request there), which the earlier figures were measured with.
 *
 * <p>Usage: {@code SubmissionLoad BASE_URL JDBC_URL USER CLIENTS(comma) COUNT MAX_SECONDS WARMUP [link|fhir] [FHIR_USER]
 * [--warmup-seconds 45] [--http-client raw|jdk]}. Link mode prepares CLIENTS × (WARMUP + COUNT) links.
 */
public final class SubmissionLoad {

    private static final String PHQ = "https://samspill.no/fhir/Questionnaire/phq-9|1.0.0";
    private static final String GAD = "https://samspill.no/fhir/Questionnaire/gad-7|1.0.0";
    private static final String CLINIC = "974000008";
    private static final String TOKEN_HEADER = "X-Samspill-Link-Token";

    /** The raw client's connections, one per client thread index, kept from one run to the next. */
    private static final List<HttpConnection> openConnections = new ArrayList<>();

    /**
     * The submissions of a run, by index: request {@code i} posts {@code body(i)} to {@code path}, in link mode with
     * the single-use token {@code tokens[i]}, in FHIR mode with {@code authorization}.
     */
    record Submissions(String path, String contentType, String authorization, String[] bodies, String[] tokens) {
        String body(int i) {
            return bodies[i % bodies.length];
        }

        String token(int i) {
            return tokens == null ? null : tokens[i];
        }
    }

    /** One client thread's way of sending: the request is built before the clock starts, then sent. */
    interface Sender<R> {
        R request(int i);

        /** Sends and reads the whole answer; returns its status. */
        int send(R request) throws Exception;

        /** The body of the last answer. */
        String body();
    }

    public static void main(String[] args) throws Exception {
        List<String> p = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                p.add(args[i]);
            }
        }
        String base = p.get(0);
        String jdbcUrl = p.get(1);
        String user = p.get(2);
        int[] clients = Arrays.stream(p.get(3).split(",")).mapToInt(Integer::parseInt).toArray();
        int count = Integer.parseInt(p.get(4));
        int maxSeconds = Integer.parseInt(p.get(5));
        int warmup = Integer.parseInt(p.get(6));
        boolean fhir = p.size() > 7 && p.get(7).equals("fhir");
        String fhirUser = p.size() > 8 ? p.get(8) : "kari.koordinator";
        int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "45"));
        String httpClient = options.getOrDefault("http-client", "raw");
        if (!httpClient.equals("raw") && !httpClient.equals("jdk")) {
            throw new IllegalArgumentException("--http-client raw or jdk, not " + httpClient);
        }
        int needed = clients.length * (count + warmup);
        Submissions submissions;
        if (fhir) {
            String[] patients = patients(jdbcUrl, user);
            System.err.println("Posting FHIR QuestionnaireResponses for " + patients.length + " patients as " + fhirUser);
            String basic = "Basic " + Base64.getEncoder().encodeToString((fhirUser + ":demo")
                    .getBytes(StandardCharsets.UTF_8));
            submissions = new Submissions("/fhir/QuestionnaireResponse", "application/fhir+json", basic,
                    fhirBodies(patients), null);
        } else {
            System.err.println("Preparing " + needed + " links …");
            long t0 = System.nanoTime();
            String[] tokens = prepare(jdbcUrl, user, needed);
            System.err.printf(Locale.ROOT, "Prepared %d links in %.1f s%n", needed, (System.nanoTime() - t0) / 1e9);
            submissions = new Submissions("/api/v1/questionnaire-responses", "application/json", null,
                    new String[] {body()}, tokens);
        }
        System.err.println("HTTP client: " + httpClient);
        IntFunction<Sender<?>> senders = httpClient.equals("raw") ? raw(base, submissions) : jdk(base, submissions);
        AtomicInteger cursor = new AtomicInteger();
        System.out.println("| clients | submissions | seconds | submissions/s | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int c : clients) {
            run(senders, cursor, c, warmup, warmupSeconds, false);
            run(senders, cursor, c, count, maxSeconds, true);
        }
        openConnections.forEach(HttpConnection::close);
    }

    private static IntFunction<Sender<?>> raw(String base, Submissions s) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", s.contentType());
        headers.put("Accept", s.contentType());
        if (s.authorization() != null) {
            headers.put("Authorization", s.authorization());
        }
        RequestTemplate template = new RequestTemplate("POST", URI.create(base + s.path()), headers);
        byte[][] bodies = Arrays.stream(s.bodies()).map(b -> b.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        return thread -> {
            while (openConnections.size() <= thread) {
                openConnections.add(new HttpConnection(URI.create(base)));
            }
            HttpConnection connection = openConnections.get(thread);
            return new Sender<byte[]>() {
                @Override
                public byte[] request(int i) {
                    return template.encode(bodies[i % bodies.length], s.tokens() == null ? null : TOKEN_HEADER,
                            s.token(i));
                }

                @Override
                public int send(byte[] request) throws IOException {
                    return connection.send(request);
                }

                @Override
                public String body() {
                    return connection.bodyText();
                }
            };
        };
    }

    private static IntFunction<Sender<?>> jdk(String base, Submissions s) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return thread -> new Sender<HttpRequest>() {
            private String body;

            @Override
            public HttpRequest request(int i) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + s.path()))
                        .header("Content-Type", s.contentType()).header("Accept", s.contentType());
                if (s.authorization() != null) {
                    b.header("Authorization", s.authorization());
                }
                if (s.tokens() != null) {
                    b.header(TOKEN_HEADER, s.token(i));
                }
                return b.POST(HttpRequest.BodyPublishers.ofString(s.body(i))).build();
            }

            @Override
            public int send(HttpRequest request) throws Exception {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                body = r.body();
                return r.statusCode();
            }

            @Override
            public String body() {
                return body;
            }
        };
    }

    private static void run(IntFunction<Sender<?>> senders, AtomicInteger cursor, int clients, int count,
                            int maxSeconds, boolean report) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        int start = cursor.get();
        cursor.addAndGet(count);
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        Thread[] threads = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            Sender<?> sender = senders.apply(i);
            threads[i] = new Thread(() -> loop(sender, start, count, deadline, next, done, errors, latencies));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!report) {
            System.err.printf(Locale.ROOT, "%d clients: warm-up of %d submissions in %.1f s (%.0f/s), %d errors%n",
                    clients, done.get(), seconds, done.get() / seconds, errors.get());
            return;
        }
        long[] sorted = Arrays.copyOf(latencies, done.get());
        Arrays.sort(sorted);
        System.out.printf("| %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f | %d |%n", clients, sorted.length, seconds,
                sorted.length / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), errors.get());
    }

    private static <R> void loop(Sender<R> sender, int start, int count, long deadline, AtomicInteger next,
                                 AtomicInteger done, AtomicLong errors, long[] latencies) {
        int n;
        while ((n = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
            R request = sender.request(start + n);
            long s = System.nanoTime();
            try {
                int status = sender.send(request);
                if (status != 201) {
                    if (errors.incrementAndGet() < 3) {
                        System.err.println(status + " " + sender.body());
                    }
                }
            } catch (Exception e) {
                if (errors.incrementAndGet() < 3) {
                    System.err.println(e);
                }
            }
            latencies[done.getAndIncrement()] = System.nanoTime() - s;
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    private static String body() {
        StringBuilder s = new StringBuilder("{\"questionnaire\":\"" + PHQ + "\",\"answers\":[");
        for (int i = 1; i <= 9; i++) {
            s.append(i == 1 ? "" : ",").append("{\"linkId\":\"phq9-").append(i).append("\",\"value\":\"")
                    .append(i % 4).append("\"}");
        }
        return s.append("]}").toString();
    }

    /** The persons with an open pathway at the demo clinic (whom the demo clinic users may write for). */
    private static String[] patients(String jdbcUrl, String user) throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id FROM pathway "
                     + "WHERE clinic_org_number = ? AND state <> 'CLOSED' ORDER BY person_id")) {
            ps.setString(1, CLINIC);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No open pathways at " + CLINIC + ": start the app with SAMSPILL_DEMO=true");
        }
        return ids.toArray(String[]::new);
    }

    /**
     * The FHIR bodies in the order they are posted: submission i is for patient {@code i % patients} and alternates
     * PHQ-9 and GAD-7, so the stream repeats after lcm(patients, 2) submissions.
     */
    static String[] fhirBodies(String[] patients) {
        String[] bodies = new String[patients.length % 2 == 0 ? patients.length : 2 * patients.length];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = fhirBody(patients[i % patients.length], i % 2 == 0);
        }
        return bodies;
    }

    /** A standard R4 QuestionnaireResponse as a FHIR client posts it. */
    static String fhirBody(String patient, boolean phq) {
        int items = phq ? 9 : 7;
        StringBuilder s = new StringBuilder("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"questionnaire\":\"" + (phq ? PHQ : GAD) + "\",\"subject\":{\"reference\":\"Patient/" + patient
                + "\"},\"item\":[");
        for (int i = 1; i <= items; i++) {
            s.append(i == 1 ? "" : ",").append("{\"linkId\":\"").append(phq ? "phq9-" : "gad7-").append(i)
                    .append("\",\"answer\":[{\"valueCoding\":{\"system\":\"https://samspill.no/fhir/CodeSystem/"
                            + "answer-value\",\"code\":\"").append(i % 4).append("\"}}]}");
        }
        return s.append("]}").toString();
    }

    /**
     * One assignment (PHQ-9), then one round and one link per submission, loaded with COPY (hundreds of thousands of
     * links for a time-bounded warm-up), then VACUUM (ANALYZE) of both tables so that autovacuum does not start on
     * them during the load.
     */
    private static String[] prepare(String jdbcUrl, String user, int n) throws Exception {
        SecureRandom random = new SecureRandom();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        String[] tokens = new String[n];
        String[] roundIds = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            tokens[i] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            roundIds[i] = UUID.randomUUID().toString();
            hashes[i] = hex.formatHex(sha.digest(tokens[i].getBytes(StandardCharsets.US_ASCII)));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String expires = now.plus(Duration.ofDays(30)).toString();
        String today = LocalDate.now().toString();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            c.setAutoCommit(false);
            UUID assignment = UUID.randomUUID();
            UUID person = UUID.randomUUID();
            UUID pathway = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO questionnaire_assignment (id, pathway_id, "
                    + "person_id, instruments, created_by, created_at) VALUES (?, ?, ?, ?, 'bench', ?)")) {
                ps.setObject(1, assignment);
                ps.setObject(2, pathway);
                ps.setObject(3, person);
                ps.setString(4, PHQ);
                ps.setTimestamp(5, Timestamp.from(now));
                ps.executeUpdate();
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String roundRest = "\t" + assignment + "\t" + pathway + "\t" + person + "\tBASELINE\t" + today + "\n";
            copy(copy, "COPY questionnaire_round (id, assignment_id, pathway_id, person_id, label, due_date) "
                    + "FROM STDIN", n, (row, i) -> row.append(roundIds[i]).append(roundRest));
            String linkRest = "\t" + expires + "\tbench\t" + now + "\n";
            copy(copy, "COPY questionnaire_link (token_hash, round_id, expires_at, created_by, created_at) FROM STDIN",
                    n, (row, i) -> row.append("\\\\x").append(hashes[i]).append('\t').append(roundIds[i])
                            .append(linkRest));
            c.commit();
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                st.execute("VACUUM (ANALYZE) questionnaire_round, questionnaire_link");
            }
        }
        return tokens;
    }

    /** COPY … FROM STDIN of n rows in the text format, sent in pieces of about 1 MB. */
    private static void copy(CopyManager copy, String sql, int n, ObjIntConsumer<StringBuilder> rowAppender)
            throws Exception {
        CopyIn in = copy.copyIn(sql);
        try {
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < n; i++) {
                rowAppender.accept(rows, i);
                if (rows.length() >= (1 << 20) - 512 || i == n - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
