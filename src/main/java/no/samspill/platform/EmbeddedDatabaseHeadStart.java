package no.samspill.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the environment is known, so that the server's
 * start (about a second: unpack, initdb, start) overlaps with the second or two Spring spends reading the
 * application's configuration classes, instead of coming after it. The {@code EmbeddedDatabase} bean then takes the
 * running server ({@link #take}) rather than starting one. Registered by {@code SamspillApplication.main} only: tests
 * and other launchers start the server in the bean, as before. A server that no bean takes (the context failed
 * before) is stopped when the JVM exits.
 */
public final class EmbeddedDatabaseHeadStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static volatile Started started;

    private record Started(String dataDir, CompletableFuture<EmbeddedPostgres> server) {
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        DatabaseProperties properties = Binder.get(event.getEnvironment())
                .bind("samspill.db", Bindable.of(DatabaseProperties.class))
                .orElse(new DatabaseProperties(null, null, null, null));
        if (!properties.embedded() || started != null) {
            return;
        }
        CompletableFuture<EmbeddedPostgres> server = CompletableFuture.supplyAsync(() -> {
            try {
                return DatabaseConfiguration.embeddedPostgres(properties.embeddedDataDir()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        });
        Started mine = new Started(properties.embeddedDataDir(), server);
        started = mine;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started == mine) { // never taken: stop it here
                server.thenAccept(EmbeddedDatabaseHeadStart::closeQuietly);
            }
        }, "embedded-postgres-unclaimed"));
    }

    /**
     * The server started ahead for this data directory (null: a fresh temporary one), waiting for its start to finish;
     * empty if none was started ahead or it was for another directory. A server is taken at most once.
     */
    static Optional<EmbeddedPostgres> take(String dataDir) throws IOException {
        Started mine = started;
        if (mine == null || !java.util.Objects.equals(blankToNull(mine.dataDir()), blankToNull(dataDir))) {
            return Optional.empty();
        }
        started = null;
        try {
            return Optional.of(mine.server().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing more to do
        }
    }
}
