package kr.go.msit.sovereignai.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.it.PageClient;

/**
 * Times closing and tallying a round through the administrator's pages, as an administrator does it: the close
 * ({@code /admin/rounds.xhtml}, 지금 마감), then the provisional tally ({@code /admin/tally.xhtml}) of a rating round,
 * or the first arena results page ({@code /arena-results.xhtml}: the Bradley–Terry fit and its bootstrap) of an arena
 * round; then, with {@code --publish true}, publishes it. Prints the seconds of each step and the server's heap
 * (sampled every 0.2 s). Also prepares rounds for the data generators ({@code --prepare-rating N},
 * {@code --prepare-arena N}).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.CloseAndTallyBenchmark \
 *   -Dexec.args="--base http://localhost:8080/ --admin-email you@example.kr --admin-password choose-one --round 1 --publish true"
 * </pre>
 */
public final class CloseAndTallyBenchmark {

    private static final Pattern CLOSE_BUTTON = Pattern.compile("id=\"(rounds:roundTable:\\d+:close)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = SyntheticData.options(args);
        URI base = URI.create(options.getOrDefault("base", "http://localhost:8080/"));
        ArenaPreparation preparation = new ArenaPreparation(base, options);
        if (options.containsKey("prepare-rating")) {
            preparation.prepareRating(Integer.parseInt(options.get("prepare-rating")));
            return;
        }
        if (options.containsKey("prepare-arena")) {
            preparation.prepare(Integer.parseInt(options.get("prepare-arena")));
            return;
        }
        int round = Integer.parseInt(options.getOrDefault("round", "1"));
        PageClient admin = new PageClient(base);
        if (!admin.signIn(preparation.required("admin-email"), preparation.required("admin-password"))) {
            throw new IllegalStateException("the administrator could not sign in");
        }
        // An arena round (--arena true) is tallied by its fit: its first results page after the close is timed.
        boolean arena = Boolean.parseBoolean(options.getOrDefault("arena", "false"));
        // A running platform, not a cold one: the pages involved rendered a few times first (the round still open).
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        for (int i = 0; i < warmup; i++) {
            admin.get("admin/rounds.xhtml");
            admin.get("admin/tally.xhtml?round=" + round);
            admin.get("round.xhtml?number=" + round);
        }
        ServerHeap heap = ServerHeap.start(200);
        try {
            HttpResponse<String> rounds = admin.get("admin/rounds.xhtml");
            String button = closeButton(rounds.body(), round);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("rounds", "rounds");
            form.put(button, "");
            form.putAll(PageClient.hiddenFields(rounds.body()));
            long started = System.nanoTime();
            HttpResponse<String> closed = admin.postForm("admin/rounds.xhtml", form);
            long closedAt = System.nanoTime();
            if (closed.statusCode() != 200 || closed.body().contains("message--error")) {
                throw new IllegalStateException(
                        "closing review " + round + " failed (HTTP " + closed.statusCode() + ")");
            }
            String tallyPage = arena ? "arena-results.xhtml?round=" + round : "admin/tally.xhtml?round=" + round;
            HttpResponse<String> tally = admin.get(tallyPage);
            long talliedAt = System.nanoTime();
            if (tally.statusCode() != 200 || tally.body().contains("message--error")) {
                throw new IllegalStateException(
                        "the tally of review " + round + " failed (HTTP " + tally.statusCode() + ")");
            }
            long again = System.nanoTime();
            admin.get(tallyPage);
            long secondAt = System.nanoTime();
            System.out.printf(
                    "review %d (%s): close %.2f s, then %s %.2f s: close + tally %.2f s (the page again: %.2f s)%n",
                    round,
                    arena ? "arena" : "rating",
                    (closedAt - started) / 1e9,
                    tallyPage,
                    (talliedAt - closedAt) / 1e9,
                    (talliedAt - started) / 1e9,
                    (secondAt - again) / 1e9);
            if (Boolean.parseBoolean(options.getOrDefault("publish", "false"))) {
                String path = "admin/tally.xhtml?round=" + round;
                long publishing = System.nanoTime();
                HttpResponse<String> published = admin.submit(
                        path,
                        admin.get(path),
                        "publish",
                        "publishButton",
                        Map.of("disclosure", "FULL", "confirm", "true"));
                // Published, the page redirects to the public results.
                String location = published.headers().firstValue("Location").orElse("");
                if (published.statusCode() / 100 != 3 || !location.contains("results.xhtml")) {
                    throw new IllegalStateException(
                            "publishing review " + round + " failed (HTTP " + published.statusCode() + ")");
                }
                System.out.printf("review %d published in %.2f s%n", round, (System.nanoTime() - publishing) / 1e9);
            }
        } finally {
            heap.stopAndReport();
        }
    }

    /** The close button of the round's row (rendered while the round is open). */
    private static String closeButton(String html, int round) {
        int row = html.indexOf("id=\"status-" + round + "\"");
        if (row < 0) {
            throw new IllegalStateException("review " + round + " is not listed");
        }
        Matcher button = CLOSE_BUTTON.matcher(html);
        if (!button.find(row)) {
            throw new IllegalStateException("review " + round + " has no close button: is it open?");
        }
        int nextRow = html.indexOf("id=\"status-", row + 1);
        if (nextRow >= 0 && button.start() > nextRow) {
            throw new IllegalStateException("review " + round + " has no close button: is it open?");
        }
        return button.group(1);
    }
}
