package no.samspill.bench.peer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.bench.http.HttpConnection;
import no.samspill.bench.http.RequestTemplate;

/**
 * Head-to-head load: the same stream of QuestionnaireResponses (PHQ-9 and GAD-7 alternating, random valid answers
 * from a fixed seed) posted as {@code POST [base]/QuestionnaireResponse} to HAPI FHIR JPA and to Samspill, with the
 * same number of clients, one server after the other.
 *
 * <ol>
 *   <li>Samspill: lists the patients the benchmark user may see ({@code GET /fhir/Patient?_count=N}, HTTP Basic).</li>
 *   <li>HAPI: stores the two Questionnaires (PUT, their own ids) and as many Patients as Samspill returned (or
 *   {@code --patients} if Samspill did not answer), so both sides have the same number of subjects.</li>
 *   <li>Generates one stream: item 0 is a probe (sent to both before anything is measured; a Samspill answer other
 *   than 2xx marks its half "not available" with the status), then for each client count a warm-up slice and a
 *   measured slice. Both servers get exactly the same slices; item k refers to the k-th patient of each server.</li>
 *   <li>Closed loop per client count: C threads, each sends the next item of the slice when its previous request
 *   has been answered, until the slice is done or the time limit is reached. Throughput counts 2xx answers per
 *   second of wall time; latencies are client-side round trips of every request (loopback).</li>
 * </ol>
 * Prints a Markdown report fragment on stdout, {@code RESULT|server|clients|ok|errors|creates/s|p50|p95|p99|max}
 * lines on stderr, and with {@code --expect FILE} the number of 2xx creates per server (for the storage check).
 * Only 127.0.0.1/localhost targets are accepted.
 *
 * <p>The load goes through {@code --http-client raw} (default: bench/http's {@link HttpConnection}, one keep-alive
 * socket per client thread and server, about 20 µs of CPU per request on the benchmark machine) or {@code jdk}
 * (java.net.http's {@code HttpClient}, 110–160 µs per request there, as the earlier figures were measured); the same
 * for both servers. The set-up requests (patients, Questionnaires) always use java.net.http.
 */
public final class PeerLoad {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final String FHIR_JSON = "application/fhir+json";
    private static final OffsetDateTime AUTHORED_START = OffsetDateTime.parse("2026-11-24T08:00:00+01:00");

    record Question(String linkId, List<String[]> options) {
    }

    record Instrument(String id, String canonical, String json, List<Question> questions) {
    }

    /** One stream element: which instrument, which patient (index), which answer option per question. */
    record Item(int instrument, int patient, int[] answers, String authored) {
    }

    static final class Target {
        final String name;
        final String base;
        final String authorization;
        final HttpClient http;
        /** The raw client's connections to this server, one per client thread index, kept from run to run. */
        final List<HttpConnection> connections = new ArrayList<>();
        List<String> patients = List.of();
        String unavailable;
        int created;

        Target(String name, String base, String authorization) {
            this.name = name;
            this.base = base;
            this.authorization = authorization;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** POST [base]/QuestionnaireResponse for the raw client, with the same headers as {@link #request}. */
        RequestTemplate createTemplate() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", FHIR_JSON);
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
            headers.put("Content-Type", FHIR_JSON);
            return new RequestTemplate("POST", URI.create(base + "/QuestionnaireResponse"), headers);
        }

        HttpConnection connection(int thread) {
            while (connections.size() <= thread) {
                connections.add(new HttpConnection(URI.create(base)));
            }
            return connections.get(thread);
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", FHIR_JSON);
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            return b;
        }
    }

    record Result(String server, int clients, int requests, int ok, int errors, double seconds, long[] sortedNanos,
                  List<String> sampleErrors, String load) {
        double perSecond() {
            return ok / seconds;
        }

        double pct(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, idx)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = parse(args);
        Target hapi = new Target("HAPI FHIR JPA 8.8.0", local(need(a, "hapi")), null);
        String authorization = a.get("samspill-authorization");
        if (authorization == null) {
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (a.getOrDefault("samspill-user", "kari.koordinator") + ":"
                            + a.getOrDefault("samspill-password", "demo")).getBytes(StandardCharsets.UTF_8));
        }
        Target samspill = new Target("Samspill", local(need(a, "samspill")), authorization);
        Path instruments = Path.of(a.getOrDefault("instruments", "src/main/resources/instruments"));
        int wantedPatients = Integer.parseInt(a.getOrDefault("patients", "200"));
        int[] clients = Arrays.stream(a.getOrDefault("clients", "1,32").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int count = Integer.parseInt(a.getOrDefault("count", "20000"));
        int maxSeconds = Math.min(900, Integer.parseInt(a.getOrDefault("max-seconds", "30")));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "300000"));
        int warmupSeconds = Math.min(900, Integer.parseInt(a.getOrDefault("warmup-seconds", "45")));
        long seed = Long.parseLong(a.getOrDefault("seed", "20261124"));
        boolean raw = switch (a.getOrDefault("http-client", "raw")) {
            case "raw" -> true;
            case "jdk" -> false;
            default -> throw new IllegalArgumentException("--http-client raw or jdk, not " + a.get("http-client"));
        };

        List<Instrument> inst = List.of(instrument(instruments.resolve("phq-9_1.0.0.json")),
                instrument(instruments.resolve("gad-7_1.0.0.json")));

        // 1. Samspill's patients (and whether Samspill answers at all)
        samspillPatients(samspill, wantedPatients);
        int patients = samspill.unavailable == null ? samspill.patients.size() : wantedPatients;
        if (patients == 0) {
            samspill.unavailable = "Samspill endpoint not available: the benchmark user sees no patients";
            patients = wantedPatients;
        }
        // 2. HAPI: Questionnaires and the same number of Patients
        setUpHapi(hapi, inst, patients);

        // 3. One stream for both servers
        int total = 1 + clients.length * (warmup + count);
        Item[] stream = generate(seed, total, inst, patients);
        System.err.printf("Stream: %d QuestionnaireResponses (seed %d), %d patients per server%n", total, seed,
                patients);
        for (Target t : List.of(hapi, samspill)) {
            if (t.unavailable != null) {
                continue;
            }
            Result probe = run(t, inst, stream, 0, 1, 1, 60, raw);
            if (probe.ok != 1) {
                String detail = probe.sampleErrors.isEmpty() ? "no answer" : probe.sampleErrors.get(0);
                int colon = detail.indexOf(": ");
                t.unavailable = t.name + " endpoint not available: POST /fhir/QuestionnaireResponse answered "
                        + (detail.startsWith("HTTP ") && colon > 0 ? detail.substring(0, colon) + "**. Its answer: `"
                        + detail.substring(colon + 2).replace('`', '\'') + "`" : detail + "**");
            }
        }
        if (hapi.unavailable != null) {
            throw new IllegalStateException(hapi.unavailable);
        }

        // 4. Warm-up and measurement per client count, same slices for both servers
        List<Result> results = new ArrayList<>();
        int offset = 1;
        for (int c : clients) {
            for (Target t : List.of(hapi, samspill)) {
                if (t.unavailable != null) {
                    continue;
                }
                System.err.printf("%s, %d clients: warm-up (%d, at most %d s) …%n", t.name, c, warmup, warmupSeconds);
                Result w = run(t, inst, stream, offset, warmup, c, warmupSeconds, raw);
                System.err.printf(Locale.ROOT, "%s, %d clients: warm-up done, %d requests in %.1f s (%.0f/s), %d "
                        + "errors%n", t.name, c, w.requests, w.seconds, w.requests / w.seconds, w.errors);
                System.err.printf("%s, %d clients: measuring (%d, at most %d s) …%n", t.name, c, count, maxSeconds);
                Result r = run(t, inst, stream, offset + warmup, count, c, maxSeconds, raw);
                results.add(r);
                System.err.printf(Locale.ROOT, "RESULT|%s|%d|%d|%d|%.1f|%.2f|%.2f|%.2f|%.2f%n", t.name, c, r.ok,
                        r.errors, r.perSecond(), r.pct(50), r.pct(95), r.pct(99), r.pct(100));
            }
            offset += warmup + count;
        }
        report(results, hapi, samspill, clients, patients, total, seed, warmup, warmupSeconds, count, maxSeconds, raw);
        for (Target t : List.of(hapi, samspill)) {
            t.connections.forEach(HttpConnection::close);
        }
        if (a.containsKey("expect")) {
            Files.writeString(Path.of(a.get("expect")), "HAPI_CREATED=" + hapi.created + "\nSAMSPILL_CREATED="
                    + samspill.created + "\nSAMSPILL_STATUS=" + (samspill.unavailable == null ? "ok" : "unavailable")
                    + "\n");
        }
    }

    // ---------------------------------------------------------------- set-up

    static Instrument instrument(Path file) throws Exception {
        String json = Files.readString(file);
        Map<String, Object> q = Json.obj(Json.parse(json));
        String canonical = Json.str(q.get("url")) + "|" + Json.str(q.get("version"));
        List<Question> questions = new ArrayList<>();
        collect(Json.arr(q.get("item")), questions);
        return new Instrument(Json.str(q.get("id")), canonical, json, questions);
    }

    /** Answerable choice items with coded options; display and calculated (read-only) items are skipped. */
    private static void collect(List<Object> items, List<Question> out) {
        for (Object o : items) {
            Map<String, Object> item = Json.obj(o);
            if ("choice".equals(item.get("type")) && !Boolean.TRUE.equals(item.get("readOnly"))) {
                List<String[]> options = new ArrayList<>();
                for (Object opt : Json.arr(item.get("answerOption"))) {
                    Map<String, Object> coding = Json.obj(Json.obj(opt).get("valueCoding"));
                    if (coding.get("code") != null) {
                        options.add(new String[] {Json.str(coding.get("system")), Json.str(coding.get("code"))});
                    }
                }
                if (!options.isEmpty()) {
                    out.add(new Question(Json.str(item.get("linkId")), options));
                }
            }
            collect(Json.arr(item.get("item")), out);
        }
    }

    static void samspillPatients(Target t, int wanted) {
        try {
            HttpResponse<String> r = t.http.send(t.request("/Patient?_count=" + wanted).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                t.unavailable = "Samspill endpoint not available: GET /fhir/Patient answered HTTP " + r.statusCode();
                return;
            }
            List<String> ids = new ArrayList<>();
            for (Object e : Json.arr(Json.obj(Json.parse(r.body())).get("entry"))) {
                String id = Json.str(Json.obj(Json.obj(e).get("resource")).get("id"));
                // Samspill files a response on an open pathway: keep the patients that have one.
                if (id != null && ids.size() < wanted && hasOpenPathway(t, id)) {
                    ids.add(id);
                }
            }
            t.patients = ids;
        } catch (Exception e) {
            t.unavailable = "Samspill endpoint not available: GET /fhir/Patient failed (" + e + ")";
        }
    }

    static boolean hasOpenPathway(Target t, String patientId) throws Exception {
        HttpResponse<String> r = t.http.send(t.request("/EpisodeOfCare?patient=" + patientId
                + "&status=planned,waitlist,active").GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && !Json.arr(Json.obj(Json.parse(r.body())).get("entry")).isEmpty();
    }

    static void setUpHapi(Target t, List<Instrument> inst, int patients) throws Exception {
        for (Instrument i : inst) {
            HttpResponse<String> r = t.http.send(t.request("/Questionnaire/" + i.id())
                    .header("Content-Type", FHIR_JSON).PUT(HttpRequest.BodyPublishers.ofString(i.json())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("HAPI: PUT Questionnaire/" + i.id() + " → " + r.statusCode() + " "
                        + r.body());
            }
        }
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < patients; p++) {
            String body = "{\"resourceType\":\"Patient\",\"active\":true,\"name\":[{\"family\":\"Benchmark\",\"given\":["
                    + Json.quote(String.format("Person %04d", p)) + "]}],\"gender\":\"" + (p % 2 == 0 ? "female" : "male")
                    + "\",\"birthDate\":\"" + (1960 + p % 40) + "-0" + (1 + p % 9) + "-1" + (p % 10) + "\"}";
            HttpResponse<String> r = t.http.send(t.request("/Patient").header("Content-Type", FHIR_JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("HAPI: POST Patient → " + r.statusCode() + " " + r.body());
            }
            ids.add(Json.str(Json.obj(Json.parse(r.body())).get("id")));
        }
        t.patients = ids;
    }

    // ---------------------------------------------------------------- the stream

    static Item[] generate(long seed, int total, List<Instrument> inst, int patients) {
        Random random = new Random(seed);
        Item[] items = new Item[total];
        DateTimeFormatter f = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (int k = 0; k < total; k++) {
            int which = k % inst.size();
            List<Question> qs = inst.get(which).questions();
            int[] answers = new int[qs.size()];
            for (int q = 0; q < answers.length; q++) {
                answers[q] = random.nextInt(qs.get(q).options().size());
            }
            items[k] = new Item(which, random.nextInt(patients), answers, AUTHORED_START.plusSeconds(k).format(f));
        }
        return items;
    }

    static String body(Item item, Instrument inst, String patientId) {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"questionnaire\":")
                .append(Json.quote(inst.canonical())).append(",\"subject\":{\"reference\":")
                .append(Json.quote("Patient/" + patientId)).append("},\"authored\":")
                .append(Json.quote(item.authored())).append(",\"item\":[");
        for (int q = 0; q < inst.questions().size(); q++) {
            Question question = inst.questions().get(q);
            String[] option = question.options().get(item.answers()[q]);
            b.append(q == 0 ? "" : ",").append("{\"linkId\":").append(Json.quote(question.linkId()))
                    .append(",\"answer\":[{\"valueCoding\":{\"system\":").append(Json.quote(option[0]))
                    .append(",\"code\":").append(Json.quote(option[1])).append("}}]}");
        }
        return b.append("]}").toString();
    }

    // ---------------------------------------------------------------- load

    static Result run(Target t, List<Instrument> inst, Item[] stream, int from, int n, int clients, int maxSeconds,
                      boolean raw) throws InterruptedException {
        // every body (raw: every whole request) is encoded before the clock starts
        RequestTemplate template = raw ? t.createTemplate() : null;
        byte[][] bodies = new byte[n][];
        for (int k = 0; k < n; k++) {
            Item item = stream[from + k];
            byte[] body = body(item, inst.get(item.instrument()), t.patients.get(item.patient()))
                    .getBytes(StandardCharsets.UTF_8);
            bodies[k] = raw ? template.encode(body) : body;
        }
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        long deadline = t0 + maxSeconds * 1_000_000_000L;
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            HttpConnection connection = raw ? t.connection(c) : null;
            threads[c] = new Thread(() -> {
                int k;
                while (System.nanoTime() < deadline && (k = next.getAndIncrement()) < n) {
                    HttpRequest request = raw ? null : t.request("/QuestionnaireResponse")
                            .header("Content-Type", FHIR_JSON).POST(HttpRequest.BodyPublishers.ofByteArray(bodies[k]))
                            .build();
                    long s = System.nanoTime();
                    String error = null;
                    try {
                        int status;
                        String body;
                        if (raw) {
                            status = connection.send(bodies[k]);
                            body = status / 100 == 2 ? "" : connection.bodyText();
                        } else {
                            HttpResponse<String> r = t.http.send(request, HttpResponse.BodyHandlers.ofString());
                            status = r.statusCode();
                            body = r.body() == null ? "" : r.body();
                        }
                        if (status / 100 != 2) {
                            error = "HTTP " + status + ": " + body.substring(0, Math.min(300, body.length()));
                        }
                    } catch (Exception e) {
                        error = e.toString();
                    }
                    latencies[done.getAndIncrement()] = System.nanoTime() - s;
                    if (error == null) {
                        ok.incrementAndGet();
                    } else if (errors.incrementAndGet() <= 3) {
                        samples.add(error.replace('\n', ' ').replace('|', '/'));
                    }
                }
            }, "peer-" + c);
            threads[c].start();
        }
        for (Thread th : threads) {
            th.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, done.get());
        Arrays.sort(sorted);
        t.created += ok.get();
        return new Result(t.name, clients, done.get(), ok.get(), errors.get(), seconds, sorted,
                new ArrayList<>(samples), loadAverage());
    }

    /** The 1-minute load average at the end of a measurement (the machine may be shared). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- report

    static void report(List<Result> results, Target hapi, Target samspill, int[] clients, int patients, int total,
                       long seed, int warmup, int warmupSeconds, int count, int maxSeconds, boolean raw) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Stream: %d QuestionnaireResponses from seed %d (PHQ-9 and GAD-7 "
                + "alternating, random valid answers), %d patients on each server. Per client count: warm-up %d "
                + "(at most %d s), then %d measured (at most %d s); both servers get the same slices. Load driver's "
                + "HTTP client: %s.%n%n", total, seed, patients, warmup, warmupSeconds, count, maxSeconds,
                raw ? "bench/http (one keep-alive socket per client thread)" : "java.net.http (HttpClient, HTTP/1.1)"));
        if (samspill.unavailable != null) {
            String u = samspill.unavailable;
            out.append("**").append(u).append(u.contains("**") ? "" : "**")
                    .append(" — no Samspill figures in this run.\n\n");
        }
        out.append("| clients | server | creates (2xx) | errors | seconds | creates/s | p50 ms | p95 ms | p99 ms | max ms "
                + "| load avg after |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f | %.2f | %s |%n",
                    r.clients, r.server, r.ok, r.errors, r.seconds, r.perSecond(), r.pct(50), r.pct(95), r.pct(99),
                    r.pct(100), r.load));
        }
        out.append("\n| clients | Samspill/HAPI creates/s | HAPI p99 ms | Samspill p99 ms |\n|---:|---:|---:|---:|\n");
        Map<Integer, Result[]> byClients = new LinkedHashMap<>();
        for (int c : clients) {
            byClients.put(c, new Result[2]);
        }
        for (Result r : results) {
            byClients.get(r.clients)[r.server.equals(hapi.name) ? 0 : 1] = r;
        }
        for (Map.Entry<Integer, Result[]> e : byClients.entrySet()) {
            Result h = e.getValue()[0];
            Result s = e.getValue()[1];
            String ratio = h != null && s != null ? String.format(Locale.ROOT, "%.2f×", s.perSecond() / h.perSecond())
                    : "not measured";
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s |%n", e.getKey(), ratio,
                    h == null ? "–" : String.format(Locale.ROOT, "%.2f", h.pct(99)),
                    s == null ? "–" : String.format(Locale.ROOT, "%.2f", s.pct(99))));
        }
        boolean anyErrors = false;
        for (Result r : results) {
            for (String sample : r.sampleErrors) {
                if (!anyErrors) {
                    out.append("\nFirst errors:\n\n");
                    anyErrors = true;
                }
                out.append("- ").append(r.server).append(", ").append(r.clients).append(" clients: `")
                        .append(sample.replace('`', '\'')).append("`\n");
            }
        }
        out.append(String.format("%nCreates answered 2xx in the whole run (probe + warm-ups + measured): HAPI %d, "
                + "Samspill %d.%n", hapi.created, samspill.created));
        System.out.print(out);
    }

    // ---------------------------------------------------------------- arguments

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static String need(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            System.err.println("""
                    usage: java -jar samspill-bench-fhir-peer.jar --hapi http://127.0.0.1:18092/fhir
                             --samspill http://127.0.0.1:18091/fhir [--samspill-user kari.koordinator]
                             [--samspill-password demo | --samspill-authorization 'Bearer …']
                             [--instruments src/main/resources/instruments] [--patients 200] [--clients 1,32]
                             [--count 20000] [--max-seconds 30] [--warmup 300000] [--warmup-seconds 45]
                             [--seed 20261124] [--http-client raw|jdk] [--expect FILE]""");
            System.exit(2);
        }
        return v;
    }

    private static String local(String base) {
        String host = URI.create(base).getHost();
        if (host == null || !LOCAL_HOSTS.contains(host)) {
            throw new IllegalArgumentException("only 127.0.0.1/localhost targets: " + base);
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
