package no.samspill.assessment;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** The whole assessment, health part included: for the clinic team and the patient. */
@PersonData(InformationCategory.HEALTH)
public record Assessment(UUID pathwayId, UUID personId, String health, WorkAssessment work, String gpSummary,
                         LocalDate assessedOn, int version) {

    /** Can the person work? The second of the three work questions. */
    public enum AbleToWork {
        NOW("Ja, nå"),
        WITH_ADJUSTMENTS("Ja, med tilrettelegging"),
        NOT_NOW("Ikke nå");

        private final String label;

        AbleToWork(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Will work benefit the person's health? The third work question. */
    public enum WorkBenefit {
        YES("Ja"),
        NO("Nei"),
        UNCERTAIN("Usikkert");

        private final String label;

        WorkBenefit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the team recommends next. */
    public enum NextStep {
        WORK_REHABILITATION("Arbeidsrettet rehabilitering"),
        WORK_FOCUSED_CBT("Arbeidsfokusert kognitiv terapi"),
        ONWARD_REFERRAL("Henvisning videre"),
        NAV_MEASURES("Tiltak fra NAV");

        private final String label;

        NextStep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The work-function part: what NAV and (with consent) the employer may read. */
    @PersonData(InformationCategory.WORK_FUNCTION)
    public record WorkAssessment(UUID personId, String workAbility, String restrictions, String workDemands,
                                 String motivation, boolean barrierConflict, boolean barrierAdjustments,
                                 boolean barrierLeadership, String barrierNote, Boolean hasJob, AbleToWork ableToWork,
                                 WorkBenefit workBenefitsHealth, String conclusion, Set<NextStep> nextSteps) {

        public WorkAssessment {
            nextSteps = nextSteps == null ? Set.of() : Set.copyOf(nextSteps);
        }
    }
}
