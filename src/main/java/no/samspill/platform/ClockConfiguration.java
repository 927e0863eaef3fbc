package no.samspill.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock the application reads "now" from; tests replace it. Dates are Norwegian (Europe/Oslo). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${samspill.zone:Europe/Oslo}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
