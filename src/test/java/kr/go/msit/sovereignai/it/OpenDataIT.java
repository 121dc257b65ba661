package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The open-data API answers without sign-in. */
class OpenDataIT extends HttpTest {

    @Test
    void everyRoundIsListedWithItsWindowStatusAndPostponements() throws Exception {
        HttpResponse<String> response = new PageClient(baseUrl.toURI()).get("api/rounds");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String json = response.body();
        assertTrue(json.startsWith("["), json);
        assertTrue(
                json.contains("{\"number\":1,\"status\":\"SCHEDULED\",\"held\":false,\"missed\":true"),
                "review 1's whole window (January 2026) passed before the server first started: it waits, missed, for a new window: "
                        + json);
        assertTrue(json.contains("\"kind\":\"MISSED\""), json);
        assertTrue(
                json.contains("\"opensAt\":\"2025-12-31T15:00:00Z\""),
                "review 1 opens on 1 January 2026, Korean time: " + json);
        assertTrue(
                json.contains("\"oldWindow\":{\"opensAt\":\"2025-12-15T15:00:00Z\""),
                "the postponement keeps the old window");
        assertTrue(json.contains("GPU"), "with its reason");
    }

    @Test
    void resultsAreNotFoundBeforePublicationThenServedAsJsonAndCsvWithTheBulletin() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("5,3", true);
        int round = (int) fixture[0];
        PageClient client = new PageClient(baseUrl.toURI());

        HttpResponse<String> hidden = client.get("api/rounds/" + round + "/results");
        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(hidden.body().contains("\"error\":\"results.notPublished\""), hidden.body());
        assertEquals(
                404,
                client.get("api/rounds/" + round + "/bulletin.csv").statusCode(),
                "the bulletin waits for publication too");
        assertEquals(404, client.get("api/rounds/" + round + "/results.csv").statusCode());
        assertEquals(
                404, client.get("api/rounds/" + round + "/benchmarks.csv").statusCode(), "so do the benchmark figures");
        assertTrue(client.get("api/rounds/9999/results").body().contains("round.notFound"));

        support.publishResults(round);

        HttpResponse<String> results = client.get("api/rounds/" + round + "/results");
        assertEquals(200, results.statusCode());
        String json = results.body();
        assertTrue(json.contains("\"teamId\":" + fixture[2]) && json.contains("\"outcome\":\"ELIMINATED\""), json);
        assertTrue(json.contains("\"total\":") && json.contains("\"rank\":1") && json.contains("\"averages\":"), json);
        assertTrue(json.contains("\"benchmarks\":[{"), "every line has its per-benchmark figures: " + json);
        String benchmarks =
                client.get("api/rounds/" + round + "/benchmarks.csv").body();
        // 16 benchmarks per team in review 1's plan; the fixture's weaker team measured 10 against 100 on each.
        assertTrue(benchmarks.contains(fixture[2] + ",") && benchmarks.contains(",100,10,10.00,"), benchmarks);

        HttpResponse<String> csv = client.get("api/rounds/" + round + "/results.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] rows = csv.body().split("\r\n");
        assertEquals(
                "rank,team_id,team_name_ko,team_name_en,benchmark,expert,user_panel,public,total,outcome,reason",
                rows[0]);
        assertTrue(csv.body().contains("," + fixture[2] + ","), "the eliminated fixture team has its row");
        assertTrue(rows[rows.length - 1].contains("Average"), "averages close the table");

        HttpResponse<String> bulletin = client.get("api/rounds/" + round + "/bulletin.csv");
        assertEquals(200, bulletin.statusCode());
        String[] lines = bulletin.body().split("\r\n");
        assertEquals("receipt,team_id,team_name_en,criterion_id,criterion_en,rating", lines[0]);
        long fives = java.util.Arrays.stream(lines)
                .skip(1)
                .filter(l -> l.endsWith(",5"))
                .count();
        long threes = java.util.Arrays.stream(lines)
                .skip(1)
                .filter(l -> l.endsWith(",3"))
                .count();
        assertTrue(fives > 0 && fives == threes, "both ballots, every team rated: " + fives + " / " + threes);
        assertEquals(
                2,
                java.util.Arrays.stream(lines)
                        .skip(1)
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .distinct()
                        .count(),
                "two receipts");
    }
}
