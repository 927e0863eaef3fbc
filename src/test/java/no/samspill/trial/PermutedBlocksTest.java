package no.samspill.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PermutedBlocksTest {

    static final List<String> ARMS = List.of("usual", "two_meetings");

    @Test
    void aBlockSizeThatIsNotAMultipleOfTheArmsIsRefused() {
        assertThatThrownBy(() -> PermutedBlocks.sequence(ARMS, List.of(4, 5), 0, 0, 10, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5");
    }

    @Test
    void oneArmIsNotATrial() {
        assertThatThrownBy(() -> PermutedBlocks.sequence(List.of("a"), List.of(2), 0, 0, 10, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExtensionContinuesTheNumberingOfPositionsAndBlocks() {
        List<PermutedBlocks.Slot> more = PermutedBlocks.sequence(ARMS, List.of(4), 12, 3, 1, new Random(7));
        assertThat(more).hasSize(4);
        assertThat(more).extracting(PermutedBlocks.Slot::position).containsExactly(12, 13, 14, 15);
        assertThat(more).extracting(PermutedBlocks.Slot::block).containsOnly(3);
    }

    @Test
    void bothBlockSizesAreUsedOverALongSequence() {
        List<PermutedBlocks.Slot> slots = PermutedBlocks.sequence(ARMS, List.of(4, 6), 0, 0, 600, new Random(42));
        var sizes = slots.stream().collect(java.util.stream.Collectors.groupingBy(PermutedBlocks.Slot::block,
                java.util.stream.Collectors.counting())).values();
        assertThat(sizes).contains(4L, 6L);
    }
}
