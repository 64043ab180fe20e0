package almanac.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work begun on a thread of its own as soon as it is made; {@link #join} waits for its result
 * and throws what it threw. A plain thread rather than {@code CompletableFuture}: that one's
 * first use builds the common fork-join pool, about 2 ms of a cold start.
 */
final class Started<T> {
    private final FutureTask<T> task;

    private Started(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    static <T> Started<T> on(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);  // it never holds the program open
        thread.start();
        return new Started<>(task);
    }

    /** The result, once the work is done; a RuntimeException or Error it threw is thrown as it was. */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;  // the work is short: finish waiting, then keep the interrupt
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
