package no.samspill.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WorkerThread} for group commit: callers {@link #enqueue} items, and the thread hands whatever has queued up
 * (at most {@code maxBatch}) to {@link #handle} in one go. On shutdown it drains the queue before it returns.
 */
public abstract class BatchWorker<T> extends WorkerThread {

    private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final int maxBatch;

    protected BatchWorker(String name, int maxBatch) {
        super(name);
        this.maxBatch = maxBatch;
    }

    protected void enqueue(T item) {
        queue.add(item);
    }

    /** Writes one batch; completing (or failing) each caller's wait is up to the subclass. */
    protected abstract void handle(List<T> batch);

    @Override
    protected final void work() {
        List<T> batch = new ArrayList<>();
        while (isRunning() || !queue.isEmpty()) {
            try {
                T first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                handle(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
