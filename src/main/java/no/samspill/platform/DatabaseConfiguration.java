package no.samspill.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole application: a real PostgreSQL server when {@code SAMSPILL_DB_URL} is set,
 * otherwise an embedded PostgreSQL 17 that lives as long as the application.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
        if (!properties.embedded()) {
            return EmbeddedDatabase.none();
        }
        long started = System.nanoTime();
        java.util.Optional<EmbeddedPostgres> ahead = EmbeddedDatabaseHeadStart.take(properties.embeddedDataDir());
        EmbeddedPostgres postgres = ahead.isPresent() ? ahead.get()
                : embeddedPostgres(properties.embeddedDataDir()).start();
        if (ahead.isPresent()) {
            log.info("Embedded PostgreSQL (started ahead of the context) ready on port {}; waited {} ms",
                    postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(postgres);
        }
        log.info("Embedded PostgreSQL started on port {} in {} ms", postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedDatabase(postgres);
    }

    /** The embedded server's settings, for this data directory (blank: a fresh temporary one). */
    static EmbeddedPostgres.Builder embeddedPostgres(String dataDir) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "120")
                .setServerConfig("fsync", "on")
                // The application context stops the server after the connection pool is closed; zonky's own JVM
                // shutdown hook would stop it concurrently, under the pool's feet.
                .setRegisterShutdownHook(false);
        if (dataDir != null && !dataDir.isBlank()) {
            builder.setDataDirectory(Path.of(dataDir)).setCleanDataDirectory(false);
        }
        return builder;
    }

    /** The shared pool, behind the wait for the schema migrations ({@link SchemaMigration}). */
    @Bean
    MigratedDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = connectionSettings(properties, embedded);
        config.setPoolName("samspill");
        config.setMaximumPoolSize(20);
        return new MigratedDataSource(new HikariDataSource(config));
    }

    @Bean
    DedicatedPools dedicatedPools(DatabaseProperties properties, EmbeddedDatabase embedded) {
        return new DedicatedPools(() -> connectionSettings(properties, embedded));
    }

    /** Where and as whom to connect, and the driver settings every pool shares. */
    private static HikariConfig connectionSettings(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (embedded.postgres() != null) {
            config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return config;
    }

    /** Holds the embedded server (or nothing) so that it stops with the application context. */
    static final class EmbeddedDatabase implements DisposableBean {
        private final EmbeddedPostgres postgres;

        EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        EmbeddedPostgres postgres() {
            return postgres;
        }

        @Override
        public void destroy() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
