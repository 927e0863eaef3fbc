package no.samspill.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.instrument.ChangeRules;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Trajectory;

/** Everything the pathway page shows about questionnaires: assignments, rounds, scores, trends and the status in words. */
@PersonData(InformationCategory.HEALTH)
public record PathwayQuestionnaires(UUID pathwayId, List<Assignment> assignments, List<RoundView> rounds,
                                    List<StoredScore> scores, List<Measure> measures, ChangeRules.Outcome outcome,
                                    Map<String, String> workAnswers) {

    /** A round with its status and which instruments are in. */
    public record RoundView(Round round, RoundStatus status, List<String> instruments, List<String> answered) {
    }

    /** One measure over time: the instrument, its complete scores as a trajectory, and the latest score. */
    public record Measure(Instrument instrument, Trajectory trajectory, StoredScore latest, String changeWords) {
    }
}
