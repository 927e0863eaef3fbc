package no.samspill.platform;

import org.springframework.context.SmartLifecycle;

/**
 * A background thread that lives with the application: started with it, and on shutdown told to finish (its work
 * sees {@link #isRunning()} turn false, drains what must not be lost, and returns), then waited for up to ten
 * seconds. Subclasses write the work and, where it matters, the shutdown phase.
 */
public abstract class WorkerThread implements SmartLifecycle {

    private final String name;
    private volatile boolean running;
    private Thread thread;

    protected WorkerThread(String name) {
        this.name = name;
    }

    /** The thread's work: loop while {@link #isRunning()}, then return. */
    protected abstract void work();

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
