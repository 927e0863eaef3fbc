package no.samspill.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. A blank {@code url} means: start an embedded PostgreSQL 17 inside the process.
 */
@ConfigurationProperties("samspill.db")
public record DatabaseProperties(String url, String user, String password, String embeddedDataDir) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
