package no.samspill.trial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Cluster randomisation by clinic: the clinics (taken in sorted order, so the result depends only on the set and the
 * random source) are put in random order and dealt to the arms in turn, starting from a random arm order. Every arm
 * gets the same number of clinics, ±1.
 */
public final class ClusterAllocation {

    private ClusterAllocation() {
    }

    public static Map<String, String> allocate(List<String> clinics, List<String> arms, RandomGenerator random) {
        if (arms.size() < 2) {
            throw new IllegalArgumentException("A trial needs at least two arms");
        }
        List<String> order = new ArrayList<>(clinics.stream().distinct().sorted().toList());
        shuffle(order, random);
        List<String> armOrder = new ArrayList<>(arms);
        shuffle(armOrder, random);
        Map<String, String> allocation = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            allocation.put(order.get(i), armOrder.get(i % armOrder.size()));
        }
        return allocation;
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
