package org.neascn.server.overlap;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The database reads of the analyses' background work (a build reads every plan, project and
 * member of a network: seconds at 13,000 plans), which the application's stop waits for, a
 * bounded time. Stopped while a build read, the server logged a stack trace and wrote FFDC
 * incidents: the read went on into beans the container had shut down and a connection Liberty
 * had closed (WELD-000229, "The object is already closed", J2CA0024E). Once stopping, no new
 * read begins.
 */
final class BackgroundReads {

    /** Thrown instead of reading once the application stops. */
    static final class Stopping extends RuntimeException {
        Stopping() {
            super("the application stops", null, false, false);
        }
    }

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;

    /** Runs the read unless the application stops; the stop waits for it. */
    <T> T run(Supplier<T> read) {
        running.incrementAndGet();
        try {
            // After the count: a stop either sees this read running or this read sees the stop.
            if (stopping) {
                throw new Stopping();
            }
            return read.get();
        } finally {
            if (running.decrementAndGet() == 0) {
                synchronized (this) {
                    notifyAll();
                }
            }
        }
    }

    /** No read begins from now on; waits at most the given time for those running; says whether none is left. */
    boolean stopAndAwait(Duration wait) {
        stopping = true;
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            try {
                for (long left; running.get() > 0 && (left = deadline - System.nanoTime()) > 0; ) {
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return running.get() == 0;
    }
}
