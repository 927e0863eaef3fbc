package no.samspill.questionnaire;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.person.PersonId;

/** What the questionnaire module announces. Listeners run in the publishing transaction. */
public final class QuestionnaireEvents {

    private QuestionnaireEvents() {
    }

    /** A round was planned: it belongs on the coordinator's worklist from its due date until it is answered. */
    public record RoundScheduled(UUID pathwayId, UUID roundId, String title, LocalDate dueDate) {
    }

    /** A round is answered (every instrument submitted) or cancelled: it leaves the worklist. */
    public record RoundClosed(UUID pathwayId, UUID roundId) {
    }

    /** Several rounds were answered in one commit (a group commit of submissions): they leave the worklist. */
    public record RoundsClosed(java.util.List<RoundClosed> rounds) {

        public RoundsClosed {
            rounds = java.util.List.copyOf(rounds);
        }
    }

    /** A response was submitted, scored and stored (published within {@link ResponsesSubmitted}). */
    @PersonData(InformationCategory.HEALTH)
    public record ResponseSubmitted(UUID responseId, UUID roundId, UUID pathwayId, PersonId personId, String instrument,
                                    String version, boolean complete) {
    }

    /** Responses were stored in one commit (a group commit of submissions, or a single submission). */
    public record ResponsesSubmitted(java.util.List<ResponseSubmitted> responses) {

        public ResponsesSubmitted {
            responses = java.util.List.copyOf(responses);
        }
    }

    /** A submitted response was corrected: the correction's score replaces the old one. */
    public record ResponseCorrected(UUID pathwayId, UUID correctedResponseId, UUID responseId) {
    }
}
