package kr.go.msit.sovereignai.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Calls {@link FaultProbeServlet} from a test running outside the server. */
public final class FaultProbeClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** The site's origin its posts name: the server's own, or the public address it is configured with. */
    private final String origin;

    public FaultProbeClient(URI base) {
        this(base, PageClient.originOf(base));
    }

    /** A probe of one server of a site whose public address is {@code origin} (a cluster node behind its balancer). */
    public FaultProbeClient(URI base, String origin) {
        this.base = base;
        this.origin = origin;
    }

    /** True once the application answers (deployed); false while the server is down or still deploying. */
    public boolean ready() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve("test-support/fault"))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "ready".equals(response.body());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String call(String query) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve("test-support/fault?" + query))
                            .timeout(Duration.ofSeconds(30))
                            .header("Origin", origin)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "fault probe answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each citizen's stored ballot in the round, by email. */
    public Map<String, FaultProbe.StoredBallot> storedBallots(int round) {
        Map<String, FaultProbe.StoredBallot> byEmail = new TreeMap<>();
        for (String line : call("action=ballots&round=" + round).split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ");
                byEmail.put(parts[0], new FaultProbe.StoredBallot(parts[1], Integer.parseInt(parts[2])));
            }
        }
        return byEmail;
    }

    /** How many review timers the timer store holds, by round number (duplicates counted). */
    public Map<Integer, Integer> timersPerRound() {
        Map<Integer, Integer> count = new TreeMap<>();
        for (String line : call("action=timers").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ");
                count.put(Integer.valueOf(parts[0]), Integer.valueOf(parts[1]));
            }
        }
        return count;
    }

    /** A round opened now by the schedule, whose persistent timer closes it at {@code closesAt}; its number. */
    public int scheduleRoundClosingAt(Instant closesAt) {
        return Integer.parseInt(call(
                "action=schedule-closing&closesAt=" + URLEncoder.encode(closesAt.toString(), StandardCharsets.UTF_8)));
    }

    public String status(int round) {
        return call("action=status&round=" + round);
    }

    public long auditEntries(int round, String action) {
        return Long.parseLong(call("action=audit&round=" + round + "&auditAction=" + action));
    }
}
