package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant answers the survey through the anonymous link. Nothing about the person is stored: no name, login,
 * address, session or time of day; only the run, the wave, the date, the answers and the scores. A wave takes at most
 * as many responses as the workplace has staff, and only inside its window ({@link SurveyWindow}): a closed wave
 * takes none (its link is held against a concurrent close while the answer is stored).
 */
@Service
public class SubmitSurveyResponse {

    private final SurveyLinks links;
    private final SurveyResponses responses;
    private final Runs runs;
    private final Workplaces workplaces;
    private final SurveyDefinitions definitions;
    private final SurveyWaves waves;
    private final SurveyWindowCheck window;
    private final Clock clock;

    SubmitSurveyResponse(SurveyLinks links, SurveyResponses responses, Runs runs, Workplaces workplaces,
                         SurveyDefinitions definitions, SurveyWaves waves, SurveyWindowCheck window, Clock clock) {
        this.links = links;
        this.responses = responses;
        this.runs = runs;
        this.workplaces = workplaces;
        this.definitions = definitions;
        this.waves = waves;
        this.window = window;
        this.clock = clock;
    }

    @Transactional
    public void submit(String token, Map<String, String> answers) {
        SurveyLink link = links.byToken(token).orElseThrow(() -> new NotFoundException("Undersøkelsen"));
        SurveyDefinition definition = definitions.workplaceSurvey();
        SurveyScoring.Scored scored = SurveyScoring.score(definition, answers);
        Run run = runs.byId(link.runId()).orElseThrow(() -> new NotFoundException("Undersøkelsen"));
        Workplace workplace = workplaces.byId(run.workplaceId()).orElseThrow(() -> new NotFoundException("Undersøkelsen"));
        waves.lockForAnswer(token);
        window.require(run.id(), link.wave(), LocalDate.now(clock));
        if (responses.count(run.id(), link.wave()) >= workplace.headcount()) {
            throw new RefusedChangeException("Undersøkelsen har fått like mange svar som arbeidsplassen har ansatte");
        }
        responses.insert(run.id(), link.wave(), definition.canonical(), LocalDate.now(clock), scored);
    }
}
