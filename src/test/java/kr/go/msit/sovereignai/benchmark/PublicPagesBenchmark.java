package kr.go.msit.sovereignai.benchmark;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.it.PageClient;

/**
 * What the public pages cost at a given number of ballots and arena votes (issue 26): p50 and p99 of the results
 * page, the round page with its turnout, a bulletin page (at random cursors), a receipt search on the bulletin, the
 * arena leaderboard and the open-data results JSON, one anonymous visitor at a time; then the full {@code bulletin.csv}
 * and the arena's {@code votes.csv} streamed, with their rate (rows/s and MB/s, per tenth of the download, to show it
 * stays steady) and the server's heap sampled every 0.2 s during each download.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.PublicPagesBenchmark \
 *   -Dexec.args="--base http://localhost:8080/ --round 1 --arena-round 2 --requests 200"
 * </pre>
 *
 * The rating round must be published (its bulletin is public then) and the arena round closed; fill them first with
 * {@link BallotDataGenerator} and {@link ArenaDataGenerator}, closing and publishing with {@link CloseAndTallyBenchmark}.
 */
public final class PublicPagesBenchmark {

    private static final Pattern RECEIPT = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})</code>");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = SyntheticData.options(args);
        URI base = URI.create(options.getOrDefault("base", "http://localhost:8080/"));
        int round = Integer.parseInt(options.getOrDefault("round", "1"));
        int arenaRound = Integer.parseInt(options.getOrDefault("arena-round", "2"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        SplittableRandom random = new SplittableRandom(20261207);
        PageClient visitor = new PageClient(base);

        // Receipts to look up: from bulletin pages at random cursors.
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Matcher found = RECEIPT.matcher(visitor.get("bulletin.xhtml?round=" + round + "&after=" + cursor(random))
                    .body());
            while (found.find()) {
                receipts.add(found.group(1));
            }
        }
        if (receipts.isEmpty()) {
            throw new IllegalStateException("review " + round + "'s bulletin lists no receipt: is it published?");
        }

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("results.xhtml", () -> visitor.get("results.xhtml?round=" + round));
        pages.put("round.xhtml (turnout)", () -> visitor.get("round.xhtml?number=" + round));
        pages.put(
                "bulletin.xhtml (a page)",
                () -> visitor.get("bulletin.xhtml?round=" + round + "&after=" + cursor(random)));
        pages.put("bulletin.xhtml (receipt search)", () -> {
            String path = "bulletin.xhtml?round=" + round;
            HttpResponse<String> page = visitor.get(path);
            String receipt = receipts.get(random.nextInt(receipts.size()));
            long started = System.nanoTime();
            HttpResponse<String> answer = visitor.submit(path, page, "search", "find", Map.of("receipt", receipt));
            long took = System.nanoTime() - started;
            if (!answer.body().contains("message--info\" id=\"search-result\"")) {
                throw new IllegalStateException("receipt " + receipt + " was not found on the bulletin");
            }
            return took;
        });
        pages.put("arena-results.xhtml", () -> visitor.get("arena-results.xhtml?round=" + arenaRound));
        pages.put("api/rounds/" + round + "/results (JSON)", () -> visitor.get("api/rounds/" + round + "/results"));
        pages.put(
                "api/rounds/" + arenaRound + "/arena/fit.json",
                () -> visitor.get("api/rounds/" + arenaRound + "/arena/fit.json"));

        // A page that does not depend on the ballots at all, as a control: on a machine shared with other work its
        // time moves with the load, and the other pages' times can be read against it.
        pages.put("teams.xhtml (control)", () -> visitor.get("teams.xhtml"));

        ServerHeap heap = ServerHeap.start(200);
        List<String> names = new ArrayList<>(pages.keySet());
        for (int i = 0; i < warmup; i++) {
            for (String name : names) {
                pages.get(name).time();
            }
        }
        // Interleaved (every page once per pass), so that a change of the machine's load falls on every page alike.
        long[][] took = new long[names.size()][requests];
        for (int i = 0; i < requests; i++) {
            for (int p = 0; p < names.size(); p++) {
                took[p][i] = pages.get(names.get(p)).time();
            }
        }
        System.out.println("load average after the pages: " + ServerHeap.loadAverage());
        System.out.printf("%-40s %9s %9s %9s%n", "page", "p50 ms", "p99 ms", "max ms");
        for (int p = 0; p < names.size(); p++) {
            long[] sorted = took[p];
            Arrays.sort(sorted);
            System.out.printf(
                    "%-40s %9.1f %9.1f %9.1f%n",
                    names.get(p),
                    sorted[(requests - 1) / 2] / 1e6,
                    sorted[Math.max(0, (int) Math.ceil(requests * 0.99) - 1)] / 1e6,
                    sorted[requests - 1] / 1e6);
        }
        System.out.println("heap used during the pages: " + heap.describe());

        if (Boolean.parseBoolean(options.getOrDefault("csv", "true"))) {
            download(base, "api/rounds/" + round + "/bulletin.csv", heap);
            download(base, "api/rounds/" + arenaRound + "/arena/votes.csv", heap);
        }
        heap.stop();
    }

    /** A random bulletin cursor: a receipt-shaped prefix (the bulletin pages by receipt from any string on). */
    private static String cursor(SplittableRandom random) {
        return SyntheticData.receipt(random).substring(0, 4);
    }

    /** Streams one CSV file, reporting its rate per tenth and overall, and the heap sampled meanwhile. */
    private static void download(URI base, String path, ServerHeap heap) throws Exception {
        heap.resetMax();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
        }
        long firstByte = -1;
        long bytes = 0;
        long rows = 0;
        List<long[]> marks = new ArrayList<>(); // nanos, rows, bytes every second
        long nextMark = started + 1_000_000_000L;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (firstByte < 0) {
                    firstByte = System.nanoTime();
                }
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
                long now = System.nanoTime();
                if (now >= nextMark) {
                    marks.add(new long[] {now, rows, bytes});
                    nextMark = now + 1_000_000_000L;
                }
            }
        }
        long ended = System.nanoTime();
        marks.add(new long[] {ended, rows, bytes});
        double seconds = (ended - started) / 1e9;
        System.out.printf(
                "%s: %,d rows, %.1f MB in %.1f s (first byte after %.2f s): %,.0f rows/s, %.1f MB/s; heap used during: %s;"
                        + " load average %s%n",
                path,
                rows,
                bytes / 1e6,
                seconds,
                (firstByte - started) / 1e9,
                rows / seconds,
                bytes / 1e6 / seconds,
                heap.describe(),
                ServerHeap.loadAverage());
        // The rate in each tenth of the download (by time), to show it does not slow down as it goes.
        StringBuilder tenths = new StringBuilder("  rows/s by tenth of the download:");
        long tenth = Math.max(1, (ended - started) / 10);
        long previousRows = 0;
        long previousAt = started;
        for (int t = 1; t <= 10; t++) {
            long until = started + tenth * t;
            long[] last = null;
            for (long[] mark : marks) {
                if (mark[0] <= until) {
                    last = mark;
                }
            }
            if (last == null || last[0] <= previousAt) {
                continue;
            }
            tenths.append(String.format(" %,.0f", (last[1] - previousRows) / ((last[0] - previousAt) / 1e9)));
            previousRows = last[1];
            previousAt = last[0];
        }
        System.out.println(tenths);
    }

    /** One timed request; answers its nanoseconds (or the time of its timed part). */
    @FunctionalInterface
    private interface Page {
        Object request() throws Exception;

        default long time() throws Exception {
            long started = System.nanoTime();
            Object answer = request();
            long took = System.nanoTime() - started;
            if (answer instanceof Long timedPart) {
                return timedPart;
            }
            HttpResponse<?> response = (HttpResponse<?>) answer;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.uri() + " answered HTTP " + response.statusCode());
            }
            return took;
        }
    }
}
