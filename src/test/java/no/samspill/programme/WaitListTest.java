package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Programme later" is real: the later arm starts after the now arm and is not delivered before its start. */
class WaitListTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aLaterArmRunIsNotDeliveredBeforeItIsPostponed() {
        assertThat(WaitList.deliveryRefusal(Arm.LATER, null, TODAY)).hasValueSatisfying(r -> assertThat(r).contains("utsett"));
    }

    @Test
    void aPostponedLaterArmRunIsDeliveredFromItsNewStartOnly() {
        LocalDate start = TODAY.plusWeeks(20);
        assertThat(WaitList.deliveryRefusal(Arm.LATER, start, start.minusDays(1))).isPresent();
        assertThat(WaitList.deliveryRefusal(Arm.LATER, start, start)).isEmpty();
    }

    @Test
    void theNowArmAndUnrandomisedRunsAreDeliveredAnyDay() {
        assertThat(WaitList.deliveryRefusal(Arm.NOW, null, TODAY)).isEmpty();
        assertThat(WaitList.deliveryRefusal(null, null, TODAY)).isEmpty();
    }

    @Test
    void theLaterArmStartsAfterTheNowArmsLastPlannedStep() {
        LocalDate nowEnds = TODAY.plusWeeks(14);
        assertThat(WaitList.startRefusal(nowEnds, nowEnds, TODAY)).hasValueSatisfying(r -> assertThat(r).contains("ferdig"));
        assertThat(WaitList.startRefusal(nowEnds.plusDays(1), nowEnds, TODAY)).isEmpty();
        assertThat(WaitList.startRefusal(TODAY.plusYears(2).plusDays(1), nowEnds, TODAY)).isPresent();
        assertThat(WaitList.startRefusal(TODAY.plusWeeks(1), null, TODAY)).as("no now arm yet").isEmpty();
    }
}
