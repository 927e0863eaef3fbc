package no.samspill.programme;

import java.util.Optional;
import java.util.UUID;

/**
 * When a workplace may join a cohort: not once it is randomised, and not once any of its runs has closed a survey
 * wave — then the cohort's published figures are fixed, and a new member would let one reading be subtracted from
 * the next (decision 0032).
 */
final class JoinCohort {

    private JoinCohort() {
    }

    static Optional<String> refusal(UUID cohortId, Cohorts cohorts, SurveyWaves waves) {
        if (cohorts.allocation(cohortId).isPresent()) {
            return Optional.of("Kohorten er allerede randomisert; nye arbeidsplasser kan ikke legges til");
        }
        if (waves.anyClosedInCohort(cohortId)) {
            return Optional.of("Kohorten har avsluttede undersøkelsesrunder; nye arbeidsplasser kan ikke legges til");
        }
        return Optional.empty();
    }
}
