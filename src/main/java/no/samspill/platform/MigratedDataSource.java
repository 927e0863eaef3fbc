package no.samspill.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource: once the schema migrations have started, it hands out connections only after they
 * have finished, so the migrations can run on their own thread while Spring builds the rest of the application
 * (decision 0041). Every
 * user of the database, whenever it asks, therefore sees the full schema; a failed migration fails every request for
 * a connection with the cause, and the start of the application (see {@link SchemaMigration}). Flyway itself uses
 * {@link #unguarded()}.
 */
final class MigratedDataSource extends DelegatingDataSource implements AutoCloseable {

    /** Done unless migrations are running: without Flyway (or before it starts) nothing is waited for. */
    private volatile CompletableFuture<Void> migrated = CompletableFuture.completedFuture(null);

    MigratedDataSource(DataSource pool) {
        super(pool);
    }

    /** The pool without the wait: for the migrations only. */
    DataSource unguarded() {
        return obtainTargetDataSource();
    }

    /** The migrations start now: connections wait for {@link #migrated} or {@link #migrationFailed}. */
    void migrating() {
        migrated = new CompletableFuture<>();
    }

    void migrated() {
        migrated.complete(null);
    }

    void migrationFailed(Throwable cause) {
        migrated.completeExceptionally(cause);
    }

    /** Waits for the migrations; throws their failure. */
    void awaitMigrated() {
        migrated.join();
    }

    @Override
    public Connection getConnection() throws SQLException {
        awaitSchema();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        awaitSchema();
        return super.getConnection(username, password);
    }

    private void awaitSchema() throws SQLException {
        try {
            migrated.join();
        } catch (CompletionException e) {
            throw new SQLException("The database schema could not be migrated", e.getCause());
        }
    }

    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
