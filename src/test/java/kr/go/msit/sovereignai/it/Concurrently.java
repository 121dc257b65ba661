package kr.go.msit.sovereignai.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent at the same moment, as many people or browser windows do: what the tests of races use. */
public final class Concurrently {

    private Concurrently() {}

    /** Runs the tasks at the same moment, one thread each (at most {@code maxThreads} at once), and returns their results in order. */
    public static <T> List<T> allAtOnce(List<Callable<T>> tasks, int maxThreads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(maxThreads, tasks.size())));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
