package no.samspill.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The permuted-block sequence keeps the arms balanced, whatever the arms, block sizes and random source. */
class PermutedBlocksProperties {

    record Setup(List<String> arms, List<Integer> blockSizes, int length, long seed) {
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<Integer> armCount = Arbitraries.integers().between(2, 4);
        return armCount.flatMap(k -> Combinators.combine(
                Arbitraries.integers().between(1, 4).map(m -> m * k).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(1, 200),
                Arbitraries.longs()).as((sizes, length, seed) -> new Setup(
                IntStream.range(0, k).mapToObj(i -> "arm" + i).toList(), sizes, length, seed)));
    }

    private static List<PermutedBlocks.Slot> sequence(Setup s) {
        return PermutedBlocks.sequence(s.arms(), s.blockSizes(), 0, 0, s.length(), new Random(s.seed()));
    }

    @Property
    void everyBlockIsCompleteAndBalanced(@ForAll("setups") Setup s) {
        Map<Integer, List<PermutedBlocks.Slot>> blocks = sequence(s).stream()
                .collect(Collectors.groupingBy(PermutedBlocks.Slot::block));
        blocks.values().forEach(block -> {
            assertThat(s.blockSizes()).contains(block.size());
            Map<String, Long> perArm = block.stream()
                    .collect(Collectors.groupingBy(PermutedBlocks.Slot::arm, Collectors.counting()));
            assertThat(perArm.keySet()).containsExactlyInAnyOrderElementsOf(s.arms());
            assertThat(perArm.values()).containsOnly((long) block.size() / s.arms().size());
        });
    }

    @Property
    void theRunningImbalanceNeverExceedsHalfTheLargestBlock(@ForAll("setups") Setup s) {
        int largest = s.blockSizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Map<String, Integer> counts = new HashMap<>();
        s.arms().forEach(a -> counts.put(a, 0));
        for (PermutedBlocks.Slot slot : sequence(s)) {
            counts.merge(slot.arm(), 1, Integer::sum);
            int imbalance = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(imbalance).isLessThanOrEqualTo(largest / 2);
        }
    }

    @Property
    void positionsAreConsecutiveAndTheSequenceIsAtLeastAsLongAsAskedInWholeBlocks(@ForAll("setups") Setup s) {
        List<PermutedBlocks.Slot> slots = sequence(s);
        assertThat(slots.size()).isGreaterThanOrEqualTo(s.length());
        assertThat(slots.stream().map(PermutedBlocks.Slot::position).toList())
                .isEqualTo(IntStream.range(0, slots.size()).boxed().toList());
        int lastBlock = slots.get(slots.size() - 1).block();
        long inLast = slots.stream().filter(x -> x.block() == lastBlock).count();
        assertThat(s.blockSizes()).contains((int) inLast);
    }

    @Property
    void theSameRandomSourceGivesTheSameSequence(@ForAll("setups") Setup s) {
        assertThat(sequence(s)).isEqualTo(sequence(s));
    }

    @Property
    void clusterAllocationGivesEveryArmTheSameNumberOfClinicsPlusOrMinusOne(
            @ForAll("setups") Setup s, @ForAll("clinicCounts") int clinicCount) {
        List<String> clinics = IntStream.range(0, clinicCount).mapToObj(i -> String.format("97400%04d", i)).toList();
        Map<String, String> allocation = ClusterAllocation.allocate(clinics, s.arms(), new Random(s.seed()));
        assertThat(allocation.keySet()).containsExactlyInAnyOrderElementsOf(clinics);
        Map<String, Long> perArm = allocation.values().stream()
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        long max = s.arms().stream().mapToLong(a -> perArm.getOrDefault(a, 0L)).max().orElseThrow();
        long min = s.arms().stream().mapToLong(a -> perArm.getOrDefault(a, 0L)).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Provide
    Arbitrary<Integer> clinicCounts() {
        return Arbitraries.integers().between(1, 40);
    }
}
