package kr.go.msit.sovereignai.it;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Polls a value until it meets a condition or a deadline passes (for figures the platform refreshes on its own). */
public final class Eventually {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    private Eventually() {}

    /** A source of fresh values that may fail (an HTTP request, say). */
    public interface Probe<T> {
        T read() throws Exception;
    }

    /** The first value read that satisfies {@code condition}, or the last value read when {@code timeout} passes. */
    public static <T> T value(Duration timeout, Probe<T> probe, Predicate<T> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.read();
        while (!condition.test(value) && System.nanoTime() < deadline) {
            value = CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    return probe.read();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            CompletableFuture.delayedExecutor(INTERVAL.toMillis(), TimeUnit.MILLISECONDS))
                    .get();
        }
        return value;
    }
}
