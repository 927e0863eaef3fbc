package no.samspill.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application reads "now" from, in Europe/Oslo. {@code samspill.clock.fixed} (an ISO instant)
 * freezes it, for tests and for reproducible demos.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${samspill.zone:Europe/Oslo}") String zone, @Value("${samspill.clock.fixed:}") String fixed) {
        ZoneId zoneId = ZoneId.of(zone);
        return new AdjustableClock(fixed.isBlank() ? Clock.system(zoneId) : Clock.fixed(Instant.parse(fixed), zoneId));
    }
}
