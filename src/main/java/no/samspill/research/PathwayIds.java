package no.samspill.research;

import java.util.Arrays;
import java.util.UUID;

/**
 * The pathway ids the first pass of an extract included, in the order PostgreSQL sorts UUIDs (unsigned, byte by
 * byte): 16 bytes per row in two growing arrays, found again by binary search in the second pass.
 */
final class PathwayIds {

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private int size;

    void add(UUID id) {
        if (size > 0 && compare(id.getMostSignificantBits(), id.getLeastSignificantBits(), size - 1) <= 0) {
            throw new IllegalStateException("Pathway ids must arrive in ascending order");
        }
        if (size == high.length) {
            high = Arrays.copyOf(high, size * 2);
            low = Arrays.copyOf(low, size * 2);
        }
        high[size] = id.getMostSignificantBits();
        low[size] = id.getLeastSignificantBits();
        size++;
    }

    boolean contains(UUID id) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(id.getMostSignificantBits(), id.getLeastSignificantBits(), mid);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    private int compare(long h, long l, int index) {
        int c = Long.compareUnsigned(h, high[index]);
        return c != 0 ? c : Long.compareUnsigned(l, low[index]);
    }
}
