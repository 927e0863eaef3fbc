package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WaitListRandomisationProperties {

    @Property
    void allocationIsAPermutationOfTheWorkplacesIntoTwoBalancedArms(@ForAll @IntRange(min = 0, max = 15) int small,
                                                                     @ForAll @IntRange(min = 0, max = 15) int medium,
                                                                     @ForAll @IntRange(min = 0, max = 15) int large,
                                                                     @ForAll long seed) {
        var list = WaitListRandomisationTest.candidates(small, medium, large, seed);
        Map<UUID, Arm> arms = WaitListRandomisation.allocate(list, seed);
        assertThat(arms).hasSize(list.size());
        assertThat(arms.keySet()).containsExactlyInAnyOrderElementsOf(
                list.stream().map(WaitListRandomisation.Candidate::workplaceId).toList());
        long now = arms.values().stream().filter(a -> a == Arm.NOW).count();
        assertThat(Math.abs(2 * now - list.size())).isLessThanOrEqualTo(1);
        for (SizeBand band : SizeBand.values()) {
            long bandNow = list.stream().filter(c -> c.stratum() == band && arms.get(c.workplaceId()) == Arm.NOW).count();
            long bandAll = list.stream().filter(c -> c.stratum() == band).count();
            assertThat(Math.abs(2 * bandNow - bandAll)).isLessThanOrEqualTo(1);
        }
        assertThat(WaitListRandomisation.allocate(list, seed)).isEqualTo(arms);
    }
}
