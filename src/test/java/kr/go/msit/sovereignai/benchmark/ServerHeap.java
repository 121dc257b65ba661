package kr.go.msit.sovereignai.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the heap of the local WildFly process with {@code jcmd <pid> GC.heap_info} while a benchmark runs: the
 * process whose command line runs jboss-modules with this directory's data ({@code -Dplatform.data.dir=<cwd>/data},
 * what {@code mvn wildfly:run} passes), so that other servers on the machine are not sampled instead.
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong maxUsedKb = new AtomicLong(-1);
    private final AtomicLong lastUsedKb = new AtomicLong(-1);
    private final Long pid;
    /** The server's CPU time when the timed phase began. */
    private Duration cpuAtMark = Duration.ZERO;

    private ServerHeap(Long pid) {
        this.pid = pid;
    }

    /** Starts sampling every {@code periodMillis} (nothing is sampled when no such process runs here). */
    static ServerHeap start(long periodMillis) {
        return start(null, periodMillis);
    }

    /**
     * Starts sampling the WildFly process {@code serverPid} (a benchmark's {@code --server-pid}), or when null the one
     * running with this directory's data, every {@code periodMillis}.
     */
    static ServerHeap start(Long serverPid, long periodMillis) {
        String dataDir = "-Dplatform.data.dir=" + System.getProperty("user.dir") + "/data";
        Long pid = serverPid != null
                ? serverPid
                : ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .map(c -> c.contains("jboss-modules.jar") && c.contains(dataDir))
                                .orElse(false))
                        .map(ProcessHandle::pid)
                        .findFirst()
                        .orElse(null);
        ServerHeap heap = new ServerHeap(pid);
        if (pid != null) {
            heap.sampler.scheduleAtFixedRate(heap::sample, 0, periodMillis, TimeUnit.MILLISECONDS);
        }
        return heap;
    }

    private void sample() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(jcmd.getInputStream()))) {
                Matcher used = USED.matcher(out.lines().reduce("", String::concat));
                if (used.find()) {
                    long kb = Long.parseLong(used.group(2));
                    lastUsedKb.set(kb);
                    maxUsedKb.accumulateAndGet(kb, Math::max);
                }
            }
        } catch (Exception ignored) {
            // jcmd missing or the process gone: no heap figure
        }
    }

    /** The timed phase begins: what the server's CPU did before (signing citizens up) is not counted. */
    void markCpu() {
        cpuAtMark = cpu();
    }

    /** The server's CPU time since {@link #markCpu()} (zero: unknown). */
    Duration cpuSinceMark() {
        Duration now = cpu();
        return now.isZero() ? Duration.ZERO : now.minus(cpuAtMark);
    }

    private Duration cpu() {
        return pid == null
                ? Duration.ZERO
                : ProcessHandle.of(pid)
                        .flatMap(p -> p.info().totalCpuDuration())
                        .orElse(Duration.ZERO);
    }

    /** The largest heap in use sampled so far, in MB, or -1. */
    long maxUsedMb() {
        return maxUsedKb.get() < 0 ? -1 : maxUsedKb.get() / 1024;
    }

    /** Starts a new maximum (for one phase of a benchmark). */
    void resetMax() {
        maxUsedKb.set(-1);
    }

    void stop() {
        sampler.shutdownNow();
    }

    String describe() {
        return maxUsedKb.get() < 0
                ? "not sampled (no local WildFly process with this directory's data, or no jcmd)"
                : String.format("%d MB at most (WildFly pid %d, jcmd GC.heap_info)", maxUsedKb.get() / 1024, pid);
    }

    /** The machine's load averages (1, 5, 15 minutes) from /proc/loadavg, or "unknown": a busy machine slows every figure. */
    static String loadAverage() {
        try {
            String[] figures = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim()
                    .split("\\s+");
            return figures[0] + " " + figures[1] + " " + figures[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (Exception unknown) {
            return "unknown";
        }
    }

    void stopAndReport() {
        stop();
        System.out.println("heap used (max)  : " + describe() + "; load average " + loadAverage());
    }
}
