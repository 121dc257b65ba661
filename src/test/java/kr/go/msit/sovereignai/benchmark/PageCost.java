package kr.go.msit.sovereignai.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.it.PageClient;

/**
 * The server's CPU for one request of each page, as one signed-in citizen asks for them one after another: a view of
 * where a ballot's time goes that a saturating load (BallotLoadBenchmark) cannot give. {@code BALLOT} stands for a
 * whole ballot, the ballot page's GET and its confirmed POST (an open rating round is needed).
 *
 * <pre>
 * java -cp ... kr.go.msit.sovereignai.benchmark.PageCost --base http://localhost:8080/ --server-pid PID \
 *     --requests 400 --pages ballot.xhtml,BALLOT,index.xhtml,favicon.ico
 * </pre>
 *
 * Each page is asked for a quarter of {@code --requests} times first (not counted), then {@code --requests} times.
 */
public final class PageCost {

    private static final String BALLOT = "BALLOT";

    private PageCost() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = SyntheticData.options(args);
        URI base = URI.create(options.getOrDefault("base", "http://localhost:8080/"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "400"));
        List<String> pages =
                List.of(options.getOrDefault("pages", "ballot.xhtml," + BALLOT).split(","));
        ServerHeap server = ServerHeap.start(Long.valueOf(options.get("server-pid")), 60_000);
        PageClient citizen = new PageClient(base, PageClient.newHttpClient());
        if (!citizen.signUp("page-cost-" + System.nanoTime() + "@example.kr", "측정", "bench-password-1")) {
            throw new IllegalStateException("sign-up refused (PLATFORM_EMAIL_VERIFICATION=false?)");
        }
        for (String page : pages) {
            for (int i = 0; i < requests / 4; i++) {
                ask(citizen, page);
            }
            server.markCpu();
            long started = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                ask(citizen, page);
            }
            Duration cpu = server.cpuSinceMark();
            System.out.printf(
                    "%-24s server CPU %.2f ms, wall %.2f ms per request%n",
                    page, cpu.toNanos() / 1e6 / requests, (System.nanoTime() - started) / 1e6 / requests);
        }
        System.exit(0); // the heap sampler's thread
    }

    private static void ask(PageClient citizen, String page) throws Exception {
        if (BALLOT.equals(page)) {
            if (PageClient.receipt(citizen.castBallot(citizen.get("ballot.xhtml"), group -> 3)
                            .body())
                    .isEmpty()) {
                throw new IllegalStateException("a ballot was not accepted (is a rating round open?)");
            }
        } else if (citizen.get(page).statusCode() != 200) {
            throw new IllegalStateException(page + " did not answer 200");
        }
    }
}
