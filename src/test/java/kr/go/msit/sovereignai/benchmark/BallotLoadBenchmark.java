package kr.go.msit.sovereignai.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.it.PageClient;

/**
 * Load generator for the public evaluation: signs up and signs in K citizens (not timed), then
 * casts and changes ballots through the real pages (GET the ballot page, POST it as a browser with
 * scripts does) at saturation or at a fixed offered rate, and prints throughput, latency
 * percentiles, errors, and whether every accepted ballot is stored exactly once.
 *
 * <p>Run against a platform with an open round (see README, "Load benchmark"):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.BallotLoadBenchmark -Dexec.args="--rate 100"}
 */
public final class BallotLoadBenchmark {

    private static final Pattern TURNOUT = Pattern.compile("id=\"turnout\">[^0-9]*([0-9,]+)");
    private static final Pattern ARENA_PROGRESS = Pattern.compile("id=\"arena-progress\">[^0-9]*([0-9,]+)");
    private static final Pattern ARENA_REFUSAL = Pattern.compile("data-reason=\"([A-Z_]+)\"");
    private static final Pattern MY_RECEIPT = Pattern.compile("id=\"my-receipt\">([0-9A-Z-]{24})<");

    private final URI base;
    private final int citizens;
    private final int seconds;
    private final int threads;
    private final Integer rate;
    /** Arena votes instead of rating ballots (GET the battle, POST a choice). */
    private final boolean arena;

    private final Map<String, String> options;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private final List<Long> submitNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Long> ballotNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong firstCasts = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong missedSlots = new AtomicLong();
    private final Map<PageClient, String> lastReceipt = new ConcurrentHashMap<>();
    private final Map<PageClient, AtomicLong> votesAccepted = new ConcurrentHashMap<>();
    private final Map<String, Long> errorKinds = new ConcurrentHashMap<>();
    /**
     * One HTTP client for every citizen (each keeps its own cookies), as the ceiling's load client has one: a client
     * each would run 200 clients' threads and pools on the cores the server is measured on.
     */
    private final java.net.http.HttpClient browsers = PageClient.newHttpClient();

    private BallotLoadBenchmark(Map<String, String> options) {
        this.base = URI.create(options.getOrDefault("base", "http://localhost:8080/"));
        this.citizens = Integer.parseInt(options.getOrDefault("citizens", "200"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "32"));
        this.rate = options.containsKey("rate") ? Integer.parseInt(options.get("rate")) : null;
        this.arena = options.containsKey("arena");
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            // "--arena" stands alone; every other option has a value.
            if (args[i].equals("--arena")) {
                options.put("arena", "true");
            } else if (i + 1 < args.length) {
                options.put(args[i].replaceFirst("^--", ""), args[++i]);
            }
        }
        new BallotLoadBenchmark(options).execute();
    }

    private void execute() throws Exception {
        System.out.printf(
                "%s load benchmark against %s: %d citizens, %d s, %s%n",
                arena ? "Arena vote" : "Ballot",
                base,
                citizens,
                seconds,
                rate == null
                        ? "saturation with " + threads + " concurrent browsers"
                        : "offered rate " + rate + " ballots/s");
        if (options.containsKey("prepare-ballot-round")) {
            new ArenaPreparation(base, options).prepareRating(Integer.parseInt(options.get("prepare-ballot-round")));
        }
        if (options.containsKey("prepare-round")) {
            new ArenaPreparation(base, options).prepare(Integer.parseInt(options.get("prepare-round")));
        }
        ServerHeap heap = ServerHeap.start(
                options.containsKey("server-pid") ? Long.valueOf(options.get("server-pid")) : null, 2000);
        if (arena) {
            executeArena(heap);
            return;
        }

        List<PageClient> people = prepareCitizens();
        long turnoutBefore = turnout(people.get(0));
        LinkedBlockingQueue<PageClient> idle = new LinkedBlockingQueue<>(people);

        heap.markCpu();
        Duration clientCpuBefore = ownCpu();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        if (rate == null) {
            saturate(idle, deadline);
        } else {
            offer(idle, started, deadline);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Duration serverCpu = heap.cpuSinceMark(); // before the checks below, which load the server too
        Duration serverGc = heap.gcSinceMark();
        Duration clientCpu = ownCpu().minus(clientCpuBefore);

        // Verification (not timed): the turnout grew by the first casts, and every citizen's stored ballot is the last
        // one accepted.
        long turnoutAfter = turnout(people.get(0));
        long lost = 0;
        for (PageClient person : people) {
            String expected = lastReceipt.get(person);
            if (expected != null) {
                Matcher mine = MY_RECEIPT.matcher(person.get("ballot.xhtml").body());
                if (!mine.find() || !mine.group(1).equals(expected)) {
                    lost++;
                }
            }
        }
        long accepted = firstCasts.get() + changes.get();
        System.out.printf(
                "%nballots accepted : %d (%d first ballots, %d changes) in %.1f s%n",
                accepted, firstCasts.get(), changes.get(), elapsed);
        System.out.printf("throughput       : %.1f ballots/s%n", accepted / elapsed);
        System.out.printf("server CPU       : %.1f ms per ballot (GET + POST)%n", perEach(serverCpu, accepted));
        System.out.printf(
                "client CPU       : %.1f ms per ballot (this load generator, on the same cores)%n",
                perEach(clientCpu, accepted));
        System.out.printf("server GC pauses : %.1f ms per ballot%n", perEach(serverGc, accepted));
        printLatenciesAndErrors();
        if (rate != null) {
            System.out.printf("missed slots     : %d (no idle citizen when a ballot was due)%n", missedSlots.get());
        }
        System.out.printf(
                "turnout          : %d -> %d (+%d); first ballots accepted %d -> %s%n",
                turnoutBefore,
                turnoutAfter,
                turnoutAfter - turnoutBefore,
                firstCasts.get(),
                turnoutAfter - turnoutBefore == firstCasts.get() ? "zero double, zero missing" : "MISMATCH");
        System.out.printf(
                "stored = accepted: %s (%d citizens' stored ballot is not their last accepted one)%n",
                lost == 0 ? "yes" : "NO", lost);
        signOutAndReportSessions(people, heap);
        heap.stopAndReport();
    }

    /**
     * Arena votes: each citizen GETs their battle and POSTs a choice with its token. Verified after the run
     * (not timed): every accepted vote is counted once on the citizen's own progress line.
     */
    private void executeArena(ServerHeap heap) throws Exception {
        List<PageClient> people = signUpCitizens();
        if (!people.get(0).get("arena.xhtml").body().contains("name=\"vote:token\"")) {
            throw new IllegalStateException(
                    "no open arena with battles: prepare one (--prepare-round N, see README) first");
        }
        LinkedBlockingQueue<PageClient> idle = new LinkedBlockingQueue<>(people);
        heap.markCpu();
        Duration clientCpuBefore = ownCpu();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        if (rate == null) {
            saturate(idle, deadline);
        } else {
            offer(idle, started, deadline);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Duration serverCpu = heap.cpuSinceMark(); // before the checks below, which load the server too
        Duration serverGc = heap.gcSinceMark();
        Duration clientCpu = ownCpu().minus(clientCpuBefore);
        long mismatched = 0;
        for (PageClient person : people) {
            long accepted = votesAccepted.getOrDefault(person, new AtomicLong()).get();
            Matcher progress = ARENA_PROGRESS.matcher(person.get("arena.xhtml").body());
            // At the cap the page shows no progress line: nothing to compare.
            if (progress.find() && Long.parseLong(progress.group(1).replace(",", "")) != accepted) {
                mismatched++;
            }
        }
        long accepted = firstCasts.get();
        System.out.printf("%nvotes accepted   : %d in %.1f s%n", accepted, elapsed);
        System.out.printf("throughput       : %.1f votes/s%n", accepted / elapsed);
        System.out.printf("server CPU       : %.1f ms per vote (GET + POST)%n", perEach(serverCpu, accepted));
        System.out.printf(
                "client CPU       : %.1f ms per vote (this load generator, on the same cores)%n",
                perEach(clientCpu, accepted));
        System.out.printf("server GC pauses : %.1f ms per vote%n", perEach(serverGc, accepted));
        printLatenciesAndErrors();
        System.out.printf(
                "counted = accepted: %s (%d citizens' progress differs from their accepted votes)%n",
                mismatched == 0 ? "yes" : "NO", mismatched);
        signOutAndReportSessions(people, heap);
        heap.stopAndReport();
    }

    /**
     * Every citizen signs out, as a person leaving does, so that a run leaves no sessions behind to slow the next one;
     * prints what their sessions held: the server's heap after a full collection before and after (JSF keeps each
     * page's state in the session).
     */
    private void signOutAndReportSessions(List<PageClient> people, ServerHeap heap) throws Exception {
        long withSessions = heap.usedAfterCollectionKb();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long signedOut = 0;
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (PageClient person : people) {
                done.add(pool.submit(() -> {
                    HttpResponse<String> home = person.get("index.xhtml");
                    HttpResponse<String> after =
                            person.submit("index.xhtml", home, "signout", "signout-button", Map.of());
                    // Signed out: the header offers to sign in again.
                    return after.body().contains("id=\"nav-login\"")
                            || person.get("index.xhtml").body().contains("id=\"nav-login\"");
                }));
            }
            for (Future<Boolean> each : done) {
                try {
                    signedOut += each.get() ? 1 : 0;
                } catch (ExecutionException failed) {
                    // counted as not signed out below
                }
            }
        } finally {
            pool.shutdown();
        }
        long without = heap.usedAfterCollectionKb();
        if (signedOut < people.size()) {
            System.out.printf(
                    "sessions         : %d of %d citizens could not sign out: no figure%n",
                    people.size() - signedOut, people.size());
        } else if (withSessions >= 0 && without >= 0) {
            System.out.printf(
                    "sessions         : %.0f KB of heap per signed-in citizen (after a full GC: %d MB with their"
                            + " %d sessions, %d MB once they signed out)%n",
                    (withSessions - without) / (double) people.size(),
                    withSessions / 1024,
                    people.size(),
                    without / 1024);
        }
    }

    /** One arena vote as a browser sends it: GET the battle, POST a choice with its token. */
    private void vote(PageClient person, long startedAt) {
        try {
            HttpResponse<String> page = person.get("arena.xhtml");
            if (!page.body().contains("name=\"vote:token\"")) {
                errors.incrementAndGet();
                Matcher reason = ARENA_REFUSAL.matcher(page.body());
                errorKinds.merge(reason.find() ? reason.group(1) : "HTTP " + page.statusCode(), 1L, Long::sum);
                return;
            }
            String[] choices = {"a-better", "b-better", "tie", "both-bad"};
            long postStart = System.nanoTime();
            HttpResponse<String> response = person.submit(
                    "arena.xhtml",
                    page,
                    "vote",
                    choices[ThreadLocalRandom.current().nextInt(4)],
                    Map.of());
            long end = System.nanoTime();
            if (response.body().contains("id=\"arena-receipt\"")) {
                firstCasts.incrementAndGet();
                votesAccepted.computeIfAbsent(person, p -> new AtomicLong()).incrementAndGet();
                submitNanos.add(end - postStart);
                ballotNanos.add(end - startedAt);
            } else {
                errors.incrementAndGet();
                errorKinds.merge("HTTP " + response.statusCode(), 1L, Long::sum);
            }
        } catch (Exception failure) {
            errors.incrementAndGet();
            errorKinds.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
        }
    }

    private void printLatenciesAndErrors() {
        System.out.printf(
                "latency POST     : p50 %s  p95 %s  p99 %s  max %s%n",
                percentile(submitNanos, 50),
                percentile(submitNanos, 95),
                percentile(submitNanos, 99),
                percentile(submitNanos, 100));
        System.out.printf(
                "latency GET+POST : p50 %s  p95 %s  p99 %s  max %s%s%n",
                percentile(ballotNanos, 50),
                percentile(ballotNanos, 95),
                percentile(ballotNanos, 99),
                percentile(ballotNanos, 100),
                rate == null ? "" : "  (from the scheduled start)");
        System.out.printf("errors           : %d %s%n", errors.get(), errorKinds);
    }

    private List<PageClient> prepareCitizens() throws Exception {
        List<PageClient> people = signUpCitizens();
        if (PageClient.ratingGroups(people.get(0).get("ballot.xhtml").body()).isEmpty()) {
            throw new IllegalStateException("no open round: open one at /admin/rounds.xhtml first");
        }
        return people;
    }

    private List<PageClient> signUpCitizens() throws Exception {
        System.out.printf("Signing up %d citizens (not timed)...%n", citizens);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<PageClient>> futures = new ArrayList<>();
        for (int i = 0; i < citizens; i++) {
            String email = "bench-" + run + "-" + i + "@example.kr";
            futures.add(pool.submit(() -> {
                PageClient person = new PageClient(base, browsers);
                if (!person.signUp(email, "부하시험", "bench-password-1")) {
                    throw new IllegalStateException(
                            "sign-up refused for " + email
                                    + " (start the platform with PLATFORM_EMAIL_VERIFICATION=false and a high PLATFORM_RATE_SIGNUPS_PER_HOUR)");
                }
                return person;
            }));
        }
        List<PageClient> people = new ArrayList<>();
        for (var future : futures) {
            people.add(future.get());
        }
        pool.shutdown();
        return people;
    }

    private void saturate(LinkedBlockingQueue<PageClient> idle, long deadline) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    PageClient person = idle.poll(1, TimeUnit.SECONDS);
                    if (person != null) {
                        act(person, System.nanoTime());
                        idle.add(person);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }

    private void offer(LinkedBlockingQueue<PageClient> idle, long started, long deadline) throws InterruptedException {
        ExecutorService workers = Executors.newCachedThreadPool();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicLong slot = new AtomicLong();
        clock.scheduleAtFixedRate(
                () -> {
                    long due = started + slot.getAndIncrement() * interval;
                    if (due >= deadline) {
                        return;
                    }
                    PageClient person = idle.poll();
                    if (person == null) {
                        missedSlots.incrementAndGet();
                        return;
                    }
                    workers.submit(() -> {
                        act(person, due);
                        idle.add(person);
                    });
                },
                0,
                interval,
                TimeUnit.NANOSECONDS);
        TimeUnit.NANOSECONDS.sleep(Math.max(0, deadline - System.nanoTime()));
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void act(PageClient person, long startedAt) {
        if (arena) {
            vote(person, startedAt);
        } else {
            ballot(person, startedAt);
        }
    }

    /** One ballot as a browser casts it: GET the page, POST the confirmed form. */
    private void ballot(PageClient person, long startedAt) {
        try {
            HttpResponse<String> page = person.get("ballot.xhtml");
            boolean change = lastReceipt.containsKey(person);
            long postStart = System.nanoTime();
            HttpResponse<String> response =
                    person.castBallot(page, group -> ThreadLocalRandom.current().nextInt(1, 6));
            long end = System.nanoTime();
            Optional<String> receipt = PageClient.receipt(response.body());
            if (receipt.isPresent()) {
                lastReceipt.put(person, receipt.get());
                (change ? changes : firstCasts).incrementAndGet();
                submitNanos.add(end - postStart);
                ballotNanos.add(end - startedAt);
            } else {
                errors.incrementAndGet();
                errorKinds.merge("HTTP " + response.statusCode(), 1L, Long::sum);
            }
        } catch (Exception failure) {
            errors.incrementAndGet();
            errorKinds.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
        }
    }

    private static long turnout(PageClient person) throws Exception {
        Matcher matcher = TURNOUT.matcher(person.get("ballot.xhtml").body());
        return matcher.find() ? Long.parseLong(matcher.group(1).replace(",", "")) : -1;
    }

    /** This load generator's own CPU time: it shares the machine's cores with the server it loads. */
    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String percentile(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        long[] sorted;
        synchronized (nanos) {
            sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1e6);
    }

    /** Milliseconds of {@code cpu} per accepted ballot or vote; −1 when unknown. */
    private static double perEach(Duration cpu, long accepted) {
        return cpu.isZero() || accepted == 0 ? -1 : cpu.toMillis() / (double) accepted;
    }
}
