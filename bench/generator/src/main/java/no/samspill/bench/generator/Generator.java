package no.samspill.bench.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills an EMPTY, migrated Samspill database with N synthetic pathways through PostgreSQL COPY, streaming: each
 * pathway is generated from its own seeded random source and written straight into one COPY stream per table.
 *
 * <p>For speed the foreign keys and the secondary (non-unique) indexes of the loaded tables are dropped for the
 * load and re-created afterwards from their own definitions ({@code pg_get_constraintdef}/{@code pg_get_indexdef}),
 * so the schema afterwards is exactly what the migrations made. The DDL to restore them is also written to
 * {@code generator-restore.sql} before anything is dropped. Use {@code --keep-constraints} to load with
 * everything in place (slower).
 *
 * <pre>
 * java -jar samspill-bench-generator.jar --url jdbc:postgresql://127.0.0.1:5433/samspill --user postgres \
 *      [--password x] [--pathways 1000000] [--today 2026-11-24] [--seed 42] [--heavy-user kari.koordinator] \
 *      [--heavy-open 600] [--coordinators 3000]
 * </pre>
 */
public final class Generator {

    static final String[] TABLES = {"person", "employment", "referral", "sick_leave_period", "milestone_met",
            "pathway", "pathway_task", "worklist_item", "access_relationship"};

    public static void main(String[] args) throws Exception {
        Map<String, String> a = parse(args);
        String url = a.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5433/samspill");
        String user = a.getOrDefault("user", "postgres");
        String password = a.getOrDefault("password", "");
        long n = Long.parseLong(a.getOrDefault("pathways", "1000000").replace("_", ""));
        LocalDate today = a.containsKey("today") ? LocalDate.parse(a.get("today")) : LocalDate.now();
        long seed = Long.parseLong(a.getOrDefault("seed", "20261124"));
        String heavyUser = a.getOrDefault("heavy-user", "kari.koordinator");
        int heavyOpen = Integer.parseInt(a.getOrDefault("heavy-open", "600"));
        int coordinators = Integer.parseInt(a.getOrDefault("coordinators", "3000"));
        boolean keepConstraints = a.containsKey("keep-constraints");

        Synth synth = new Synth(seed, today, n, heavyUser, heavyOpen, coordinators);
        System.out.printf("Generating %,d pathways, today=%s, seed=%d, heavy user %s (~%d open), %d coordinators%n",
                n, today, seed, heavyUser, heavyOpen, coordinators);

        try (Connection admin = DriverManager.getConnection(url, user, password)) {
            admin.setAutoCommit(true);
            requireEmpty(admin);
            List<String> restore = keepConstraints ? List.of() : dropForLoad(admin);
            long started = System.nanoTime();
            Map<String, Long> counts;
            try {
                counts = load(url, user, password, synth, n);
            } finally {
                if (!restore.isEmpty()) {
                    long t = System.nanoTime();
                    try (Statement st = admin.createStatement()) {
                        st.execute("SET maintenance_work_mem = '512MB'");
                        for (String ddl : restore) {
                            st.execute(ddl);
                        }
                    }
                    System.out.printf("re-created %d indexes/foreign keys in %.1f s%n", restore.size(),
                            (System.nanoTime() - t) / 1e9);
                }
            }
            long t = System.nanoTime();
            try (Statement st = admin.createStatement()) {
                st.execute("ANALYZE");
            }
            System.out.printf("ANALYZE in %.1f s%n", (System.nanoTime() - t) / 1e9);
            double secs = (System.nanoTime() - started) / 1e9;
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("rows per table:");
            counts.forEach((k, v) -> System.out.printf("  %-18s %,12d%n", k, v));
            System.out.printf("TOTAL %,d rows in %.1f s = %,.0f rows/s (%,.0f pathways/s)%n", total, secs,
                    total / secs, n / secs);
        }
    }

    private static void requireEmpty(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new IllegalStateException("table " + table + " is not empty: the generator needs an "
                                + "empty migrated database (start the app with SAMSPILL_DEMO_PATHWAYS=0)");
                    }
                }
            }
        }
    }

    /** Drops FKs and non-unique indexes of the loaded tables; returns the DDL that re-creates them, in order. */
    private static List<String> dropForLoad(Connection c) throws Exception {
        List<String> indexes = new ArrayList<>();
        List<String> dropIndexes = new ArrayList<>();
        List<String> fks = new ArrayList<>();
        List<String> dropFks = new ArrayList<>();
        String tables = "'" + String.join("','", TABLES) + "'";
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT con.conrelid::regclass::text, con.conname, pg_get_constraintdef(con.oid)
                      FROM pg_constraint con
                     WHERE con.contype = 'f' AND con.conrelid::regclass::text IN (%s)
                     ORDER BY 1, 2""".formatted(tables))) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    fks.add("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + rs.getString(3));
                    dropFks.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                      FROM pg_index i
                     WHERE i.indrelid::regclass::text IN (%s)
                       AND NOT i.indisunique AND NOT i.indisprimary
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
                     ORDER BY 1""".formatted(tables))) {
                while (rs.next()) {
                    dropIndexes.add("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
            List<String> restore = new ArrayList<>(indexes);
            restore.addAll(fks);
            Path file = Path.of("generator-restore.sql");
            Files.writeString(file, String.join(";\n", restore) + ";\n");
            System.out.printf("dropping %d foreign keys and %d secondary indexes for the load (restore DDL in %s)%n",
                    fks.size(), indexes.size(), file.toAbsolutePath());
            for (String ddl : dropFks) {
                st.execute(ddl);
            }
            for (String ddl : dropIndexes) {
                st.execute(ddl);
            }
            return restore;
        }
    }

    private static Map<String, Long> load(String url, String user, String password, Synth synth, long n)
            throws SQLException {
        Map<String, CopyStream> s = new LinkedHashMap<>();
        try {
            s.put("person", open(url, user, password, "person",
                    "id, national_id, given_name, family_name, phone, email, created_at, version"));
            s.put("employment", open(url, user, password, "employment",
                    "id, person_id, employer_org_number, employer_name, occupation, leader_name, leader_phone, "
                            + "leader_email, created_at"));
            s.put("referral", open(url, user, password, "referral",
                    "id, person_id, employment_id, clinic_org_number, referrer_kind, referrer_name, referrer_hpr, "
                            + "referrer_organisation, received_on, sick_leave_status, sick_leave_grade, "
                            + "sick_leave_since, complaint_group, diagnosis_system, diagnosis_code, tried_so_far, "
                            + "work_goal, assessment_deadline, status, latest_start_date, decision_text, decided_on, "
                            + "decided_by, registered_by, registered_at, version"));
            s.put("sick_leave_period", open(url, user, password, "sick_leave_period",
                    "id, person_id, from_date, to_date, grade, registered_by, registered_at"));
            s.put("milestone_met", open(url, user, password, "milestone_met",
                    "person_id, case_start, kind, met_on, recorded_by, recorded_at"));
            s.put("pathway", open(url, user, password, "pathway",
                    "id, person_id, referral_id, clinic_org_number, coordinator, state, opened_on, closed_on, "
                            + "outcome, closing_note, updated_at, updated_by, version"));
            s.put("pathway_task", open(url, user, password, "pathway_task",
                    "id, pathway_id, title, owner, due_date, done_on, created_by, created_at, void_reason, "
                            + "voided_by, voided_at, version"));
            s.put("worklist_item", open(url, user, password, "worklist_item",
                    "pathway_id, kind, ref, owner, title, due_date"));
            s.put("access_relationship", open(url, user, password, "access_relationship",
                    "id, person_id, party, organisation_number, user_ref, basis, valid_from, valid_to, created_by, "
                            + "created_at"));
            Synth.Out out = new Synth.Out(s.get("person"), s.get("employment"), s.get("referral"),
                    s.get("sick_leave_period"), s.get("milestone_met"), s.get("pathway"), s.get("pathway_task"),
                    s.get("worklist_item"), s.get("access_relationship"));
            long started = System.nanoTime();
            long step = Math.max(1, n / 10);
            for (long i = 0; i < n; i++) {
                synth.pathway(i, out);
                if ((i + 1) % step == 0) {
                    long rows = s.values().stream().mapToLong(c -> c.rows).sum();
                    double secs = (System.nanoTime() - started) / 1e9;
                    System.out.printf("  %,d pathways, %,d rows, %.1f s, %,.0f rows/s%n", i + 1, rows, secs,
                            rows / secs);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (CopyStream c : s.values()) {
                counts.put(c.table, c.finish());
            }
            System.out.printf("COPY done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return counts;
        } finally {
            for (CopyStream c : s.values()) {
                c.close();
            }
        }
    }

    private static CopyStream open(String url, String user, String password, String table, String columns)
            throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("SET synchronous_commit = off");
        }
        return new CopyStream(c, table, columns);
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

    /** A random-looking (version 4 shaped) UUID derived from (seed, table tag, index, sub-index). */
    static UUID uuid(long seed, int tag, long i, int k) {
        long hi = mix(seed ^ mix(((long) tag << 56) ^ (i << 4) ^ k));
        long lo = mix(hi ^ 0x9E3779B97F4A7C15L ^ i);
        hi = (hi & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static SplittableRandom random(long seed, long i) {
        return new SplittableRandom(mix(seed * 31 + i));
    }
}
