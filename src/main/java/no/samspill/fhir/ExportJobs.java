package no.samspill.fhir;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export job table (this module's own state; no person data). */
@Repository
class ExportJobs {

    private final JdbcClient jdbc;

    ExportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ExportJob job) {
        jdbc.sql("""
                INSERT INTO fhir_export_job (id, username, request_url, group_id, types, since, status, transaction_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(job.id(), job.username(), job.requestUrl(), job.groupId(), String.join(",", job.types()),
                        job.since() == null ? null : Timestamp.from(job.since()), job.status().name(),
                        Timestamp.from(job.transactionTime()))
                .update();
    }

    Optional<ExportJob> byId(UUID id) {
        return jdbc.sql("SELECT * FROM fhir_export_job WHERE id = ?").param(id).query(this::job).optional();
    }

    /** Moves a job that is still queued to RUNNING; false when it was cancelled meanwhile. */
    boolean start(UUID id, long total) {
        return jdbc.sql("UPDATE fhir_export_job SET status = 'RUNNING', total = ? WHERE id = ? AND status = 'ACCEPTED'")
                .params(total, id).update() == 1;
    }

    /** Records progress; false when the job is no longer running (cancelled). */
    boolean progress(UUID id, long done) {
        return jdbc.sql("UPDATE fhir_export_job SET done = ? WHERE id = ? AND status = 'RUNNING'")
                .params(done, id).update() == 1;
    }

    boolean complete(UUID id, Map<String, Long> counts, Instant now) {
        if (jdbc.sql("""
                UPDATE fhir_export_job SET status = 'COMPLETED', done = total, finished_at = ?
                WHERE id = ? AND status = 'RUNNING'""").params(Timestamp.from(now), id).update() != 1) {
            return false;
        }
        counts.forEach((type, count) -> jdbc.sql(
                "INSERT INTO fhir_export_file (job_id, resource_type, resource_count) VALUES (?, ?, ?)")
                .params(id, type, count).update());
        return true;
    }

    void fail(UUID id, String error, Instant now) {
        jdbc.sql("""
                UPDATE fhir_export_job SET status = 'FAILED', error = ?, finished_at = ?
                WHERE id = ? AND status IN ('ACCEPTED', 'RUNNING')""").params(error, Timestamp.from(now), id).update();
    }

    /** Cancels a job in progress, or marks a finished one as deleted by its client; false when there is none. */
    boolean cancel(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE fhir_export_job SET status = 'CANCELLED', finished_at = coalesce(finished_at, ?)
                WHERE id = ? AND status <> 'CANCELLED'""").params(Timestamp.from(now), id).update() == 1;
    }

    /** Jobs a restart interrupted: they fail with a message, so that a poll tells the client. */
    int failInterrupted(String error, Instant now) {
        return jdbc.sql("""
                UPDATE fhir_export_job SET status = 'FAILED', error = ?, finished_at = ?
                WHERE status IN ('ACCEPTED', 'RUNNING')""").params(error, Timestamp.from(now)).update();
    }

    /** The pseudonym key, created (random, 256 bits) the first time it is needed. */
    byte[] pseudonymKey() {
        byte[] fresh = new byte[32];
        new java.security.SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO fhir_pseudonym_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING").param(fresh)
                .update();
        return jdbc.sql("SELECT secret FROM fhir_pseudonym_key WHERE id = 1").query(byte[].class).single();
    }

    private ExportJob job(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Map<String, Long> files = new LinkedHashMap<>();
        jdbc.sql("SELECT resource_type, resource_count FROM fhir_export_file WHERE job_id = ? ORDER BY resource_type")
                .param(id).query((f, n) -> files.put(f.getString(1), f.getLong(2))).list();
        Timestamp since = rs.getTimestamp("since");
        return new ExportJob(id, rs.getString("username"), rs.getString("request_url"), rs.getString("group_id"),
                List.copyOf(Arrays.asList(rs.getString("types").split(","))),
                since == null ? null : since.toInstant(), ExportJob.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("transaction_time").toInstant(), rs.getLong("total"), rs.getLong("done"),
                rs.getString("error"), files);
    }
}
