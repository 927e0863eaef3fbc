package no.samspill.platform;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the Flyway migrations on a thread of their own (decision 0041). Spring Boot asks for them as soon as the first
 * bean that uses the database is made; they then run while the remaining beans are made, instead of before them.
 * Nobody gets a connection before they have finished ({@link MigratedDataSource}), and the application's lifecycle
 * waits for them before the web server starts: no request is served on a half-migrated schema, and a failed
 * migration still fails the start.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    /** Flyway connects around the wait, or it would wait for itself. */
    @Bean
    FlywayConfigurationCustomizer unguardedMigrationConnections(MigratedDataSource dataSource) {
        return configuration -> configuration.dataSource(dataSource.unguarded());
    }

    @Bean
    FlywayMigrationStrategy migrateInBackground(MigratedDataSource dataSource) {
        return flyway -> {
            dataSource.migrating();
            Thread thread = new Thread(() -> migrate(flyway, dataSource), "schema-migration");
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static void migrate(Flyway flyway, MigratedDataSource dataSource) {
        try {
            flyway.migrate();
            dataSource.migrated();
        } catch (Throwable e) {
            log.error("The database schema could not be migrated", e);
            dataSource.migrationFailed(e);
        }
    }

    /** Before anything else starts (the audit writer, the web server): the migrations must have finished. */
    @Bean
    SmartLifecycle awaitSchemaMigration(MigratedDataSource dataSource) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                dataSource.awaitMigrated();
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MIN_VALUE;
            }
        };
    }
}
