package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.samspill.identifiers.OrganisationNumber;
import org.junit.jupiter.api.Test;

class WaitListRandomisationTest {

    static List<WaitListRandomisation.Candidate> candidates(int small, int medium, int large, long seed) {
        Random random = new Random(seed);
        List<WaitListRandomisation.Candidate> list = new ArrayList<>();
        int[] sizes = {small, medium, large};
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < sizes[s]; i++) {
                list.add(new WaitListRandomisation.Candidate(new UUID(s, i),
                        OrganisationNumber.generate(random).value(), SizeBand.values()[s]));
            }
        }
        return list;
    }

    @Test
    void theSameSeedGivesTheSameAllocationWhateverTheInputOrder() {
        var list = candidates(5, 4, 3, 1);
        var first = WaitListRandomisation.allocate(list, 42);
        var shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled, new Random(9));
        assertThat(WaitListRandomisation.allocate(shuffled, 42)).isEqualTo(first);
    }

    @Test
    void everyWorkplaceGetsExactlyOneArm() {
        var list = candidates(5, 4, 3, 2);
        Map<UUID, Arm> arms = WaitListRandomisation.allocate(list, 7);
        assertThat(arms.keySet()).containsExactlyInAnyOrderElementsOf(list.stream()
                .map(WaitListRandomisation.Candidate::workplaceId).toList());
    }

    @Test
    void armsAreBalancedOverallAndWithinEachSize() {
        var list = candidates(5, 4, 3, 3);
        Map<UUID, Arm> arms = WaitListRandomisation.allocate(list, 11);
        long now = arms.values().stream().filter(a -> a == Arm.NOW).count();
        assertThat(Math.abs(now - (list.size() - now))).isLessThanOrEqualTo(1);
        for (SizeBand band : SizeBand.values()) {
            long bandNow = list.stream().filter(c -> c.stratum() == band && arms.get(c.workplaceId()) == Arm.NOW).count();
            long bandAll = list.stream().filter(c -> c.stratum() == band).count();
            assertThat(Math.abs(2 * bandNow - bandAll)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void differentSeedsGiveDifferentAllocations() {
        var list = candidates(6, 6, 6, 4);
        assertThat(WaitListRandomisation.allocate(list, 1)).isNotEqualTo(WaitListRandomisation.allocate(list, 2));
    }

    @Test
    void sizeBandsFollowTheHeadcount() {
        assertThat(SizeBand.of(1)).isEqualTo(SizeBand.SMALL);
        assertThat(SizeBand.of(19)).isEqualTo(SizeBand.SMALL);
        assertThat(SizeBand.of(20)).isEqualTo(SizeBand.MEDIUM);
        assertThat(SizeBand.of(99)).isEqualTo(SizeBand.MEDIUM);
        assertThat(SizeBand.of(100)).isEqualTo(SizeBand.LARGE);
    }
}
