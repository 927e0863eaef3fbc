package no.samspill.bench.questionnaire;

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
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end submission load, in one of two modes. {@code link}: POST /api/v1/questionnaire-responses (PHQ-9, nine
 * answers) with fresh single-use links made directly in the database beforehand (one round and link per submission).
 * {@code fhir}: POST /fhir/QuestionnaireResponse (standard R4 JSON, PHQ-9 and GAD-7 in turn, every item answered with
 * a valueCoding) with HTTP Basic as a demo clinic user, for the patients of the demo clinic's open pathways (read from
 * the database). For each client count: a warm-up, then a measured run bounded by count and time; prints throughput
 * and p50/p95/p99 as Markdown rows.
 *
 * <p>Usage: {@code SubmissionLoad BASE_URL JDBC_URL USER CLIENTS(comma) COUNT MAX_SECONDS WARMUP [link|fhir] [FHIR_USER]}
 */
public final class SubmissionLoad {

    private static final String PHQ = "https://samspill.no/fhir/Questionnaire/phq-9|1.0.0";
    private static final String GAD = "https://samspill.no/fhir/Questionnaire/gad-7|1.0.0";
    private static final String CLINIC = "974000008";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String user = args[2];
        int[] clients = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        int count = Integer.parseInt(args[4]);
        int maxSeconds = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        boolean fhir = args.length > 7 && args[7].equals("fhir");
        String fhirUser = args.length > 8 ? args[8] : "kari.koordinator";
        int needed = clients.length * (count + warmup);
        String[] tokens;
        if (fhir) {
            String[] patients = patients(jdbcUrl, user);
            System.err.println("Posting FHIR QuestionnaireResponses for " + patients.length + " patients as " + fhirUser);
            tokens = new String[needed];
            for (int i = 0; i < needed; i++) {
                tokens[i] = fhirBody(patients[i % patients.length], i % 2 == 0);
            }
        } else {
            System.err.println("Preparing " + needed + " links …");
            tokens = prepare(jdbcUrl, user, needed);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((fhirUser + ":demo")
                .getBytes(StandardCharsets.UTF_8));
        AtomicInteger cursor = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.println("| clients | submissions | seconds | submissions/s | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int c : clients) {
            run(http, base, tokens, cursor, c, warmup, maxSeconds, false, fhir, basic);
            run(http, base, tokens, cursor, c, count, maxSeconds, true, fhir, basic);
        }
    }

    private static void run(HttpClient http, String base, String[] tokens, AtomicInteger cursor, int clients, int count,
                            int maxSeconds, boolean report, boolean fhir, String basic) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        int start = cursor.get();
        cursor.addAndGet(count);
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        Thread[] threads = new Thread[clients];
        String body = body();
        for (int i = 0; i < clients; i++) {
            threads[i] = new Thread(() -> {
                int n;
                while ((n = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    HttpRequest request = fhir
                            ? HttpRequest.newBuilder(URI.create(base + "/fhir/QuestionnaireResponse"))
                            .header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json")
                            .header("Authorization", basic)
                            .POST(HttpRequest.BodyPublishers.ofString(tokens[start + n])).build()
                            : HttpRequest.newBuilder(URI.create(base + "/api/v1/questionnaire-responses"))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .header("X-Samspill-Link-Token", tokens[start + n])
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            if (errors.incrementAndGet() < 3) {
                                System.err.println(r.statusCode() + " " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[done.getAndIncrement()] = System.nanoTime() - s;
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!report) {
            return;
        }
        long[] sorted = Arrays.copyOf(latencies, done.get());
        Arrays.sort(sorted);
        System.out.printf("| %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f | %d |%n", clients, sorted.length, seconds,
                sorted.length / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), errors.get());
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

    /** One assignment (PHQ-9), then one round and one link per submission, in batches. */
    private static String[] prepare(String jdbcUrl, String user, int n) throws Exception {
        SecureRandom random = new SecureRandom();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String[] tokens = new String[n];
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp expires = Timestamp.from(Instant.now().plus(Duration.ofDays(30)));
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
                ps.setTimestamp(5, now);
                ps.executeUpdate();
            }
            try (PreparedStatement round = c.prepareStatement("INSERT INTO questionnaire_round (id, assignment_id, "
                    + "pathway_id, person_id, label, due_date) VALUES (?, ?, ?, ?, 'BASELINE', ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO questionnaire_link (token_hash, round_id, "
                         + "expires_at, created_by, created_at) VALUES (?, ?, ?, 'bench', ?)")) {
                for (int i = 0; i < n; i++) {
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    tokens[i] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    UUID roundId = UUID.randomUUID();
                    round.setObject(1, roundId);
                    round.setObject(2, assignment);
                    round.setObject(3, pathway);
                    round.setObject(4, person);
                    round.setObject(5, LocalDate.now());
                    round.addBatch();
                    link.setBytes(1, sha.digest(tokens[i].getBytes(StandardCharsets.US_ASCII)));
                    link.setObject(2, roundId);
                    link.setTimestamp(3, expires);
                    link.setTimestamp(4, now);
                    link.addBatch();
                    if (i % 1000 == 999 || i == n - 1) {
                        round.executeBatch();
                        link.executeBatch();
                    }
                }
            }
            c.commit();
        }
        return tokens;
    }
}
