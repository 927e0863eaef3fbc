package no.samspill.trial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Permuted-block randomisation: the sequence is made of blocks whose size is drawn at random from the allowed sizes;
 * each block holds every arm equally often, in random order. Random block sizes keep the next allocation hard to
 * guess even for someone who knows the block sizes; the blocks keep the arms balanced: after every complete block the
 * arms are equal, and in between no arm leads by more than half the largest block. The random source is passed in
 * (production: {@link java.security.SecureRandom}; tests: a seeded one).
 */
public final class PermutedBlocks {

    private PermutedBlocks() {
    }

    /** One place in a sequence: its position (from 0), the block it belongs to (from 0) and its arm. */
    public record Slot(int position, int block, String arm) {
    }

    /** Block sizes must be positive multiples of the number of arms (every arm equally often in a block). */
    public static void check(List<String> arms, List<Integer> blockSizes) {
        if (arms.size() < 2) {
            throw new IllegalArgumentException("A trial needs at least two arms");
        }
        if (blockSizes.isEmpty()) {
            throw new IllegalArgumentException("At least one block size is needed");
        }
        for (int size : blockSizes) {
            if (size <= 0 || size % arms.size() != 0) {
                throw new IllegalArgumentException("Block size " + size + " is not a multiple of " + arms.size());
            }
        }
    }

    /** Whole blocks, starting at {@code firstPosition} and {@code firstBlock}, until at least {@code minLength} slots. */
    public static List<Slot> sequence(List<String> arms, List<Integer> blockSizes, int firstPosition, int firstBlock,
                                      int minLength, RandomGenerator random) {
        check(arms, blockSizes);
        List<Slot> slots = new ArrayList<>();
        int block = firstBlock;
        int position = firstPosition;
        while (slots.size() < minLength) {
            int size = blockSizes.get(random.nextInt(blockSizes.size()));
            List<String> content = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                content.add(arms.get(i % arms.size()));
            }
            shuffle(content, random);
            for (String arm : content) {
                slots.add(new Slot(position++, block, arm));
            }
            block++;
        }
        return slots;
    }

    /** Fisher–Yates with the given source (Collections.shuffle takes only java.util.Random). */
    private static void shuffle(List<String> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
