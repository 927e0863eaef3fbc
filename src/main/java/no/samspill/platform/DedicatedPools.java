package no.samspill.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;

/**
 * Small connection pools for a single worker thread that needs its connections set up differently from the shared
 * pool (for example the audit writer's {@code synchronous_commit}), against the same database. They close with the
 * application context, before the embedded database stops.
 */
public final class DedicatedPools implements DisposableBean {

    private final Supplier<HikariConfig> settings;
    private final List<HikariDataSource> opened = new CopyOnWriteArrayList<>();

    DedicatedPools(Supplier<HikariConfig> settings) {
        this.settings = settings;
    }

    /**
     * A pool of {@code size} connections named {@code name}, each set up with {@code initSql} (null: nothing) when it
     * is opened.
     */
    public DataSource open(String name, int size, String initSql) {
        HikariConfig config = settings.get();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(1, size));
        if (initSql != null) {
            config.setConnectionInitSql(initSql);
        }
        HikariDataSource pool = new HikariDataSource(config);
        opened.add(pool);
        return pool;
    }

    @Override
    public void destroy() {
        opened.forEach(HikariDataSource::close);
    }
}
