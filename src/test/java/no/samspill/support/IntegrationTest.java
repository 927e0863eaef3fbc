package no.samspill.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Starts the whole application on its own embedded PostgreSQL with the real Flyway migrations, demo accounts on,
 * no demo data, and the clock frozen at {@link TestClock#NOW}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "samspill.demo.enabled=true",
        "samspill.demo.pathways=0",
        "samspill.clock.fixed=" + TestClock.NOW_TEXT
})
public @interface IntegrationTest {
}
