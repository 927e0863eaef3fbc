package no.samspill.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

class MigratedDataSourceTest {

    /** Counts the connections asked of the pool; hands out none (the gate is what is tested). */
    private static final class CountingPool extends AbstractDataSource {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Connection getConnection() {
            asked.incrementAndGet();
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }
    }

    @Test
    void noConnectionIsHandedOutBeforeTheMigrationsHaveFinished() throws Exception {
        CountingPool pool = new CountingPool();
        MigratedDataSource dataSource = new MigratedDataSource(pool);
        dataSource.migrating();
        CompletableFuture<Connection> asking = CompletableFuture.supplyAsync(() -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(asking).isNotDone();
        assertThat(pool.asked).hasValue(0);

        dataSource.migrated();
        asking.get(10, TimeUnit.SECONDS);
        assertThat(pool.asked).hasValue(1);
    }

    @Test
    void withoutMigrationsRunningConnectionsAreHandedOutAtOnce() throws Exception {
        CountingPool pool = new CountingPool();
        MigratedDataSource dataSource = new MigratedDataSource(pool);

        dataSource.getConnection();
        dataSource.awaitMigrated();

        assertThat(pool.asked).hasValue(1);
    }

    @Test
    void theMigrationsThemselvesConnectWithoutWaiting() throws Exception {
        CountingPool pool = new CountingPool();
        MigratedDataSource dataSource = new MigratedDataSource(pool);

        dataSource.unguarded().getConnection();

        assertThat(pool.asked).hasValue(1);
    }

    @Test
    void aFailedMigrationFailsEveryConnectionAndTheStartWithItsCause() {
        MigratedDataSource dataSource = new MigratedDataSource(new CountingPool());
        dataSource.migrating();
        IllegalStateException cause = new IllegalStateException("V7 failed");

        dataSource.migrationFailed(cause);

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class).hasCause(cause);
        assertThatThrownBy(dataSource::awaitMigrated).hasCause(cause);
    }
}
