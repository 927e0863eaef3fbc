package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortMembershipTest {

    @Test
    void anOpenCohortTakesAndLetsGoOfWorkplaces() {
        assertThat(CohortMembership.lock(false, false)).isEmpty();
    }

    @Test
    void randomisationFixesTheMembershipAndCountsBeforeAClosedWave() {
        assertThat(CohortMembership.lock(true, false)).contains(CohortMembership.Lock.RANDOMISED);
        assertThat(CohortMembership.lock(true, true)).contains(CohortMembership.Lock.RANDOMISED);
    }

    @Test
    void aClosedSurveyWaveFixesTheMembership() {
        assertThat(CohortMembership.lock(false, true)).contains(CohortMembership.Lock.WAVES_CLOSED);
    }

    @Test
    void joiningAndLeavingAreRefusedInTheirOwnWords() {
        assertThat(CohortMembership.Lock.RANDOMISED.joinRefusal())
                .isEqualTo("Kohorten er allerede randomisert; nye arbeidsplasser kan ikke legges til");
        assertThat(CohortMembership.Lock.RANDOMISED.leaveRefusal())
                .isEqualTo("Kohorten er allerede randomisert; arbeidsplassen kan ikke flyttes ut");
        assertThat(CohortMembership.Lock.WAVES_CLOSED.joinRefusal())
                .isEqualTo("Kohorten har avsluttede undersøkelsesrunder; nye arbeidsplasser kan ikke legges til");
        assertThat(CohortMembership.Lock.WAVES_CLOSED.leaveRefusal())
                .isEqualTo("Kohorten har avsluttede undersøkelsesrunder; arbeidsplassen kan ikke flyttes ut");
    }
}
