package no.samspill.questionnaire.patient;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A small in-memory token bucket per key (client address, link token): {@code perMinute} requests a minute, with
 * bursts up to the same number. One instance only: several app instances would each count on their own.
 */
final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final double capacity;
    private final double refillPerNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.capacity = perMinute;
        this.refillPerNano = perMinute / 60e9;
    }

    boolean tryAcquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity)).take(capacity, refillPerNano, System.nanoTime());
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized boolean take(double capacity, double refillPerNano, long now) {
            tokens = Math.min(capacity, tokens + (now - last) * refillPerNano);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
