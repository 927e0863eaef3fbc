package no.samspill.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Cluster randomisation of a cohort's workplaces into "programme now" and "programme later" (wait-list), stratified
 * by size with permuted blocks of two. The result depends only on the seed and the set of workplaces (they are put
 * in organisation-number order first), so anyone with the seed can reproduce it. Within each size stratum, and
 * overall, the arms differ by at most one: the odd workplaces left over in each stratum are pooled and allocated in
 * blocks of two as well.
 */
public final class WaitListRandomisation {

    public static final String METHOD = "Stratifisert etter størrelse, permuterte blokker på 2";

    private WaitListRandomisation() {
    }

    /** A workplace to allocate, with its stratum. */
    public record Candidate(UUID workplaceId, String organisationNumber, SizeBand stratum) {
    }

    public static Map<UUID, Arm> allocate(List<Candidate> candidates, long seed) {
        Random random = new Random(seed);
        List<Candidate> sorted = candidates.stream()
                .sorted(Comparator.comparing(Candidate::organisationNumber).thenComparing(Candidate::workplaceId))
                .toList();
        Map<UUID, Arm> arms = new LinkedHashMap<>();
        List<Candidate> leftovers = new ArrayList<>();
        for (SizeBand stratum : SizeBand.values()) {
            List<Candidate> members = new ArrayList<>(sorted.stream().filter(c -> c.stratum() == stratum).toList());
            Collections.shuffle(members, random);
            Candidate leftover = inBlocks(members, random, arms);
            if (leftover != null) {
                leftovers.add(leftover);
            }
        }
        Collections.shuffle(leftovers, random);
        Candidate last = inBlocks(leftovers, random, arms);
        if (last != null) {
            arms.put(last.workplaceId(), random.nextBoolean() ? Arm.NOW : Arm.LATER);
        }
        return arms;
    }

    /** Allocates consecutive pairs one to each arm in random order; returns the odd one out, if any. */
    private static Candidate inBlocks(List<Candidate> members, Random random, Map<UUID, Arm> arms) {
        int i = 0;
        for (; i + 1 < members.size(); i += 2) {
            Arm first = random.nextBoolean() ? Arm.NOW : Arm.LATER;
            arms.put(members.get(i).workplaceId(), first);
            arms.put(members.get(i + 1).workplaceId(), first.other());
        }
        return i < members.size() ? members.get(i) : null;
    }
}
