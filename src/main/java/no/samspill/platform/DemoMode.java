package no.samspill.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data and demo accounts are on. Defaults to on with the embedded database and off with a real
 * server; {@code SAMSPILL_DEMO=true|false} decides explicitly.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(DatabaseProperties database, @Value("${samspill.demo.enabled:}") String explicit) {
        this.enabled = explicit == null || explicit.isBlank() ? database.embedded() : Boolean.parseBoolean(explicit);
    }

    public boolean enabled() {
        return enabled;
    }
}
