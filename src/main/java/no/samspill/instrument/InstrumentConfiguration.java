package no.samspill.instrument;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The instrument library, loaded once at start-up from {@code samspill.instruments.locations} (default: every
 * {@code instruments/*.json} on the class path; add e.g. {@code file:/etc/samspill/instruments/*.json} for a licensed
 * instrument), and the recovery rule variant ({@code samspill.instruments.recovery-variant}).
 */
@Configuration(proxyBeanMethods = false)
class InstrumentConfiguration {

    @Bean
    InstrumentLibrary instrumentLibrary(
            @Value("${samspill.instruments.locations:" + InstrumentLibrary.DEFAULT_LOCATION + "}") List<String> locations) {
        return InstrumentLibrary.load(locations.toArray(String[]::new));
    }

    @Bean
    ChangeRules changeRules(
            @Value("${samspill.instruments.recovery-variant:NO_DETERIORATION_ON_OTHER}") ChangeRules.Variant variant) {
        return new ChangeRules(variant);
    }
}
