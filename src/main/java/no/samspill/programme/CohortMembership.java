package no.samspill.programme;

import java.util.Optional;
import java.util.UUID;

/**
 * When a cohort's membership is fixed: once it is randomised, and once any of its runs has closed a survey wave —
 * then the cohort's published figures are fixed, and a changed membership would let one reading be subtracted from
 * the next (decision 0032). No workplace joins or leaves it then; each use case words the refusal for what the owner
 * tried ({@link Lock#joinRefusal()}, {@link Lock#leaveRefusal()}). Plain Java; the reads are passed in.
 */
final class CohortMembership {

    /** Why a cohort's membership is fixed. */
    enum Lock {
        RANDOMISED("Kohorten er allerede randomisert"),
        WAVES_CLOSED("Kohorten har avsluttede undersøkelsesrunder");

        private final String reason;

        Lock(String reason) {
            this.reason = reason;
        }

        /** The refusal when a workplace is to join the cohort (enrolled into it or moved to it). */
        String joinRefusal() {
            return reason + "; nye arbeidsplasser kan ikke legges til";
        }

        /** The refusal when a workplace is to be moved out of the cohort. */
        String leaveRefusal() {
            return reason + "; arbeidsplassen kan ikke flyttes ut";
        }
    }

    private CohortMembership() {
    }

    /** Why the membership is fixed, or empty when workplaces may still join and leave; randomisation counts first. */
    static Optional<Lock> lock(boolean randomised, boolean anyWaveClosed) {
        if (randomised) {
            return Optional.of(Lock.RANDOMISED);
        }
        return anyWaveClosed ? Optional.of(Lock.WAVES_CLOSED) : Optional.empty();
    }

    /** {@link #lock(boolean, boolean)} of a stored cohort. */
    static Optional<Lock> lock(UUID cohortId, Cohorts cohorts, SurveyWaves waves) {
        return lock(cohorts.allocation(cohortId).isPresent(), waves.anyClosedInCohort(cohortId));
    }
}
