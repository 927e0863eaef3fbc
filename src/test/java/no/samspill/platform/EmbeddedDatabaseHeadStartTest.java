package no.samspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabaseHeadStartTest {

    @Test
    void withoutADatabaseUrlTheServerIsStartedAheadAndTakenOnceForTheSameDataDirectory() throws Exception {
        new EmbeddedDatabaseHeadStart().onApplicationEvent(event(Map.of("samspill.db.url", "")));

        assertThat(EmbeddedDatabaseHeadStart.take("/some/other/dir")).as("another data directory").isEmpty();
        Optional<EmbeddedPostgres> taken = EmbeddedDatabaseHeadStart.take(null);
        assertThat(taken).isPresent();
        try (EmbeddedPostgres postgres = taken.get();
             Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT current_setting('max_connections')")) {
            rs.next();
            assertThat(rs.getString(1)).as("the same settings as the bean's").isEqualTo("120");
            assertThat(EmbeddedDatabaseHeadStart.take(null)).as("taken at most once").isEmpty();
        }
    }

    @Test
    void withADatabaseUrlNothingIsStarted() throws Exception {
        new EmbeddedDatabaseHeadStart().onApplicationEvent(event(Map.of(
                "samspill.db.url", "jdbc:postgresql://127.0.0.1:1/none")));

        assertThat(EmbeddedDatabaseHeadStart.take(null)).isEmpty();
    }

    private static ApplicationEnvironmentPreparedEvent event(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}
