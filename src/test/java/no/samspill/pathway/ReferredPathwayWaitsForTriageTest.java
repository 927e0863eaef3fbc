package no.samspill.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.person.PersonId;
import no.samspill.shared.RefusedChangeException;
import org.junit.jupiter.api.Test;

class ReferredPathwayWaitsForTriageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    Pathway referred = Pathway.open(UUID.randomUUID(), new PersonId(UUID.randomUUID()), "974000008",
            "kari.koordinator", TODAY);

    @Test
    void noStateCanBeChosenByHandWhileTheReferralWaitsForTriage() {
        assertThat(PathwayState.REFERRED.nextByHand()).isEmpty();
        assertThat(PathwayState.REFERRED.next()).containsExactlyInAnyOrder(PathwayState.TRIAGED, PathwayState.CLOSED);
        assertThat(PathwayState.TRIAGED.nextByHand()).containsExactlyInAnyOrder(PathwayState.IN_ASSESSMENT,
                PathwayState.CLOSED);
    }

    @Test
    void movingOrClosingByHandIsRefusedWithTheReason() {
        for (PathwayState target : new PathwayState[] {PathwayState.TRIAGED, PathwayState.IN_ASSESSMENT}) {
            assertThatThrownBy(() -> referred.moveTo(target)).isInstanceOf(RefusedChangeException.class)
                    .hasMessageContaining("Henvisningen er ikke vurdert");
        }
        assertThatThrownBy(() -> referred.close(Outcome.NEW_JOB, null, TODAY))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("Henvisningen er ikke vurdert");
    }

    @Test
    void theTriageMovesItAndTheCoordinatorTakesOverFromThere() {
        Pathway triaged = referred.triaged();
        assertThat(triaged.state()).isEqualTo(PathwayState.TRIAGED);
        assertThat(triaged.moveTo(PathwayState.IN_ASSESSMENT).state()).isEqualTo(PathwayState.IN_ASSESSMENT);
        assertThat(triaged.close(Outcome.NEW_JOB, null, TODAY).state()).isEqualTo(PathwayState.CLOSED);
    }

    @Test
    void aPathwayMovedOnBeforeItsTriageIsLeftWhereItIs() {
        Pathway inAssessment = referred.triaged().moveTo(PathwayState.IN_ASSESSMENT);
        assertThat(inAssessment.triaged()).isSameAs(inAssessment);
    }

    @Test
    void noRightToCareOrAVoidedReferralClosesAReferredPathway() {
        Pathway closed = referred.closeWithoutOutcome("Ikke rett til helsehjelp", TODAY);
        assertThat(closed.state()).isEqualTo(PathwayState.CLOSED);
        assertThat(closed.outcome()).isNull();
    }
}
