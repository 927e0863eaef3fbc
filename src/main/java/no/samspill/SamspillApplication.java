package no.samspill;

import no.samspill.platform.EmbeddedDatabaseHeadStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamspillApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SamspillApplication.class);
        // The embedded database (if that is the one in use) starts while Spring reads the configuration.
        application.addListeners(new EmbeddedDatabaseHeadStart());
        application.run(args);
    }
}
