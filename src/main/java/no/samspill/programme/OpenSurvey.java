package no.samspill.programme;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a wave of the anonymous survey at a run: one unguessable link per run and wave, the same for every
 * participant, so no answer can be traced to whoever got the link. Opening again gives the same link. A wave opens
 * only inside its window ({@link SurveyWindow}).
 */
@Service
public class OpenSurvey {

    private final Runs runs;
    private final SurveyLinks links;
    private final SurveyWindowCheck window;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OpenSurvey(Runs runs, SurveyLinks links, SurveyWindowCheck window, Clock clock) {
        this.runs = runs;
        this.links = links;
        this.window = window;
        this.clock = clock;
    }

    @Transactional
    public SurveyLink open(UUID runId, SurveyWave wave, String actor) {
        runs.byId(runId).orElseThrow(() -> new NotFoundException("Programløpet"));
        window.require(runId, wave, LocalDate.now(clock));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.insertIfAbsent(new SurveyLink(token, runId, wave), actor, clock.instant());
        return links.ofRun(runId).stream().filter(l -> l.wave() == wave).findFirst().orElseThrow();
    }
}
