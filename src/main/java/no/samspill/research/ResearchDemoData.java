package no.samspill.research;

import java.util.EnumSet;
import no.samspill.access.ResearchBasis;
import no.samspill.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo only: the register-based follow-up study of the 2026 RCT, with REK's dispensation from consent. */
@Component
class ResearchDemoData {

    static final String CODE = "SAMHANDLING-2026";

    private final DemoMode demoMode;
    private final Projects projects;
    private final CreateResearchProject create;

    ResearchDemoData(DemoMode demoMode, Projects projects, CreateResearchProject create) {
        this.demoMode = demoMode;
        this.projects = projects;
        this.create = create;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!demoMode.enabled() || projects.byCode(CODE).isPresent()) {
            return;
        }
        create.createAs(new NewResearchProject(CODE, "To samhandlingsmøter etter tverrfaglig utredning: retur til arbeid",
                "REK 2026/424242", ResearchBasis.EXEMPTION,
                "REK har gitt dispensasjon fra taushetsplikten og fra kravet om samtykke etter helseforskningsloven § 35 "
                        + "(demo). Pasienter som har reservert seg, er ikke med.",
                DateGranularity.MONTH, EnumSet.allOf(VariableGroup.class)), "anna.analytiker");
    }
}
