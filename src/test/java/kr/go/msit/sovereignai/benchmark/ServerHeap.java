package kr.go.msit.sovereignai.benchmark;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Samples the heap of the local WildFly process while a benchmark runs: the process whose command line runs
 * jboss-modules with this directory's data ({@code -Dplatform.data.dir=<cwd>/data}, what {@code mvn wildfly:run}
 * passes), so that other servers on the machine are not sampled instead. It attaches once (the JDK's Attach API starts
 * the server's local JMX agent) and reads the heap over that one connection: about 2 ms a sample, where a {@code jcmd}
 * process a sample cost a seventh of a core at one sample every 2 s, taken from the server it was measuring.
 */
final class ServerHeap {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong maxUsedKb = new AtomicLong(-1);
    private final Long pid;
    /** The server's memory over its local JMX agent; null until attached (or when attaching failed). */
    private volatile MemoryMXBean memory;

    private volatile JMXConnector connector;
    private volatile boolean attachTried;
    private volatile List<GarbageCollectorMXBean> collectors = List.of();
    /** The server's collectors' time when the timed phase began (ms). */
    private long gcMillisAtMark;
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
            if (!attachTried) {
                attachTried = true; // once: a refusal is not retried at every sample
                VirtualMachine server = VirtualMachine.attach(String.valueOf(pid));
                String address;
                try {
                    address = server.startLocalManagementAgent();
                } finally {
                    server.detach();
                }
                connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
                collectors = ManagementFactory.getPlatformMXBeans(
                        connector.getMBeanServerConnection(), GarbageCollectorMXBean.class);
                memory = ManagementFactory.newPlatformMXBeanProxy(
                        connector.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            }
            if (memory == null) {
                return;
            }
            long kb = memory.getHeapMemoryUsage().getUsed() / 1024;
            maxUsedKb.accumulateAndGet(kb, Math::max);
        } catch (Exception ignored) {
            // not attachable (another user's process) or the process gone: no heap figure
        }
    }

    /** The timed phase begins: what the server's CPU did before (signing citizens up) is not counted. */
    void markCpu() {
        cpuAtMark = cpu();
        gcMillisAtMark = gcMillis();
    }

    /** The time the server's garbage collectors took since {@link #markCpu()} (zero: unknown). */
    Duration gcSinceMark() {
        long now = gcMillis();
        return now < 0 ? Duration.ZERO : Duration.ofMillis(now - gcMillisAtMark);
    }

    private long gcMillis() {
        try {
            return collectors.isEmpty()
                    ? -1
                    : collectors.stream()
                            .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                            .sum();
        } catch (Exception gone) {
            return -1;
        }
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

    /** The server's heap in use after a full collection it is asked for (over JMX), in KB, or -1 when not attached. */
    long usedAfterCollectionKb() {
        try {
            if (memory == null) {
                return -1;
            }
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed() / 1024;
        } catch (Exception gone) {
            return -1;
        }
    }

    /** Starts a new maximum (for one phase of a benchmark). */
    void resetMax() {
        maxUsedKb.set(-1);
    }

    void stop() {
        sampler.shutdownNow();
        try {
            if (connector != null) {
                connector.close();
            }
        } catch (Exception ignored) {
            // the server went away first
        }
    }

    String describe() {
        return maxUsedKb.get() < 0
                ? "not sampled (no local WildFly process with this directory's data, or not attachable)"
                : String.format("%d MB at most (WildFly pid %d, sampled over JMX)", maxUsedKb.get() / 1024, pid);
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
