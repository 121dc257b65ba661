package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A result published as the ministry announced review 1, naming only the first and the last rank:
 * the results page, the JSON and the CSV withhold the other ranks and figures (and the averages)
 * until the objection period ends, then show everything, with no timer.
 */
class DisclosureIT extends HttpTest {

    /** A team's object in the results JSON, up to its per-benchmark figures (nested objects of their own). */
    private static String teamJson(String json, long teamId) {
        Matcher team = Pattern.compile("\\{[^{}]*\"teamId\"\\s*:\\s*" + teamId
                        + "\\s*,[^{}]*?\"figuresWithheld\"\\s*:\\s*(true|false)")
                .matcher(json);
        assertTrue(team.find(), json);
        return team.group();
    }

    private static String field(String object, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(object);
        assertTrue(value.find(), object);
        return value.group(1);
    }

    private static String csvRow(String csv, long teamId) {
        return Arrays.stream(csv.split("\r\n"))
                .filter(r -> r.split(",", -1)[1].equals(String.valueOf(teamId)))
                .findFirst()
                .orElseThrow();
    }

    private static String chart(String html) {
        return html.substring(
                html.indexOf("id=\"results-chart\""), html.indexOf("</figure>", html.indexOf("id=\"results-chart\"")));
    }

    @Test
    void onlyTheFirstAndLastRankArePublicUntilTheObjectionPeriodEndsThenEverything() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("5,4", true);
        int round = (int) fixture[0];
        long secondToLast = fixture[1];
        long last = fixture[2];
        support.publishResults(round, "FIRST_AND_LAST_RANK");
        PageClient visitor = new PageClient(baseUrl.toURI());

        String json = visitor.get("api/rounds/" + round + "/results").body();
        assertTrue(json.matches("(?s).*\"disclosure\"\\s*:\\s*\\{\"mode\"\\s*:\\s*\"FIRST_AND_LAST_RANK\".*"), json);
        assertTrue(
                json.contains(
                        "\"withheld\":[\"rank\",\"benchmark\",\"expert\",\"userPanel\",\"publicPoints\",\"total\",\"averages\"]"),
                json);
        String withheldTeam = teamJson(json, secondToLast);
        assertTrue(
                withheldTeam.contains("\"figuresWithheld\":true") && withheldTeam.contains("\"outcome\":\"ADVANCES\""),
                withheldTeam);
        assertFalse(
                withheldTeam.matches("(?s).*\"(total|benchmark|expert|userPanel|publicPoints|rank)\"\\s*:\\s*[0-9].*"),
                "no figure and no rank for a withheld line: " + withheldTeam);
        String benchmarksCsv =
                visitor.get("api/rounds/" + round + "/benchmarks.csv").body();
        assertFalse(
                benchmarksCsv.contains("\n" + secondToLast + ","),
                "no per-benchmark figures for a withheld line: " + benchmarksCsv);
        assertTrue(benchmarksCsv.contains("\n" + last + ","), "the last rank's are public: " + benchmarksCsv);
        String lastTeam = teamJson(json, last);
        assertTrue(
                lastTeam.contains("\"figuresWithheld\":false")
                        && lastTeam.matches("(?s).*\"total\"\\s*:\\s*[0-9].*")
                        && lastTeam.contains("\"outcome\":\"ELIMINATED\""),
                "the last rank is named with its figures: " + lastTeam);
        assertTrue(json.matches("(?s).*\"rank\"\\s*:\\s*1\\b.*"), "so is the first: " + json);
        assertFalse(
                json.matches("(?s).*\"averages\"\\s*:\\s*\\{.*"),
                "the averages would give the withheld figures away: " + json);
        String disclosure = json.substring(json.indexOf("\"disclosure\""));
        String withheldUntil = field(disclosure, "withheldUntil");
        assertEquals(field(json, "objectionEndsAt"), withheldUntil, "released at the end of the objection period");

        String csv = visitor.get("api/rounds/" + round + "/results.csv").body();
        String[] withheldRow = csvRow(csv, secondToLast).split(",", -1);
        assertEquals("WITHHELD", withheldRow[0], csv);
        assertEquals("ADVANCES", withheldRow[9]);
        assertTrue(
                Arrays.stream(withheldRow, 4, 9).allMatch(String::isEmpty),
                "empty figure columns: " + csvRow(csv, secondToLast));
        assertTrue(csvRow(csv, last).matches("\\d+,.*"), "the last rank has its rank: " + csvRow(csv, last));
        String[] rows = csv.split("\r\n");
        assertEquals("WITHHELD,,평균,Average,,,,,,,withheld until " + withheldUntil, rows[rows.length - 1]);

        String page = visitor.get("results.xhtml?round=" + round).body();
        assertTrue(
                page.contains("id=\"figures-withheld\"")
                        && page.contains("공개 예정")
                        && page.contains("나머지 순위와 점수는 이의신청 기간이 끝나는"),
                page);
        String withheldName = field(withheldTeam, "nameKo");
        assertTrue(page.contains(withheldName), "the withheld team is listed by name");
        assertFalse(chart(page).contains(withheldName), "the chart has no bar for a withheld line");
        assertTrue(chart(page).contains(field(lastTeam, "nameKo")));
        assertFalse(page.contains("id=\"results-average\""));
        assertEquals(
                200,
                visitor.get("api/rounds/" + round + "/bulletin.csv").statusCode(),
                "the bulletin stays public for receipt checks");

        PageClient admin = new PageClient(baseUrl.toURI());
        assertTrue(admin.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        assertTrue(
                admin.get("admin/audit.xhtml")
                        .body()
                        .contains("disclosure FIRST_AND_LAST_RANK (the other ranks and figures withheld until"),
                "the audit chain records the disclosure chosen");
        assertTrue(
                admin.get("admin/tally.xhtml?round=" + round)
                        .body()
                        .matches("(?s).*id=\"tally-row-" + secondToLast + "\">\\s*<td>\\d+</td>.*"),
                "administrators still see the whole result");

        support.endObjectionPeriod(round);

        String released = visitor.get("api/rounds/" + round + "/results").body();
        assertTrue(released.matches("(?s).*\"disclosure\"\\s*:\\s*\\{\"mode\"\\s*:\\s*\"FULL\".*"), released);
        assertTrue(
                released.contains("\"chosenAtPublication\":\"FIRST_AND_LAST_RANK\"")
                        && released.contains("\"releasedAt\":"),
                released);
        assertFalse(released.contains("\"figuresWithheld\":true"), released);
        assertTrue(teamJson(released, secondToLast).matches("(?s).*\"total\"\\s*:\\s*[0-9].*"), released);
        assertTrue(released.matches("(?s).*\"averages\"\\s*:\\s*\\{.*"), released);
        String releasedCsv = visitor.get("api/rounds/" + round + "/results.csv").body();
        assertFalse(releasedCsv.contains("WITHHELD"), releasedCsv);
        assertTrue(csvRow(releasedCsv, secondToLast).matches("\\d+,.*"), releasedCsv);
        String releasedPage = visitor.get("results.xhtml?round=" + round).body();
        assertFalse(releasedPage.contains("id=\"figures-withheld\""));
        assertTrue(chart(releasedPage).contains(withheldName) && releasedPage.contains("id=\"results-average\""));
    }

    @Test
    void publishedInFullNothingIsWithheld() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("3", true);
        int round = (int) fixture[0];
        support.publishResults(round);
        PageClient visitor = new PageClient(baseUrl.toURI());
        String json = visitor.get("api/rounds/" + round + "/results").body();
        assertTrue(
                json.matches(
                        "(?s).*\"disclosure\"\\s*:\\s*\\{\"mode\"\\s*:\\s*\"FULL\",\"chosenAtPublication\"\\s*:\\s*\"FULL\".*"),
                json);
        assertFalse(
                json.contains("\"figuresWithheld\":true") || json.matches("(?s).*\"releasedAt\"\\s*:\\s*\".*"), json);
        assertFalse(visitor.get("api/rounds/" + round + "/results.csv").body().contains("WITHHELD"));
        assertFalse(visitor.get("results.xhtml?round=" + round).body().contains("id=\"figures-withheld\""));
    }
}
