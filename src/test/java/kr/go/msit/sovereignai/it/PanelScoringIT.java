package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Only the citizens' panel scores (issue 23): in a round whose panel is drawn, the PUBLIC points come from the seated
 * members' votes alone (a non-member's, a reserve's or a withdrawn member's votes change the open public's result,
 * never the scored one), for a rating round and an arena round alike; the results pages and the open data show both
 * and how far they differ; a round whose panel is not drawn cannot be published; a round without one is unchanged.
 */
class PanelScoringIT extends HttpTest {

    private static final Pattern STANDING =
            Pattern.compile("<tr id=\"standing-([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ROW_NAME = Pattern.compile("<th scope=\"row\">(.*?)</th>", Pattern.DOTALL);
    private static final Pattern TALLY_ROW = Pattern.compile("<tr id=\"tally-row-\\d+\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("name=\"vote:token\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern RECEIPT = Pattern.compile("<code id=\"arena-receipt\">([^<]+)</code>");
    private static final String[] BUTTONS = {"a-better", "b-better", "tie"};

    private TestSupportClient support;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        support = new TestSupportClient(baseUrl);
    }

    private String panelSupport(String query) throws Exception {
        return TestSupportClient.post(http, baseUrl.toURI(), "test-support/panel-scoring", query);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String stripTags(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .strip();
    }

    private static Map<Long, JsonObject> byTeamId(JsonObject results, String array, String idField) {
        Map<Long, JsonObject> teams = new HashMap<>();
        for (JsonObject team : results.getJsonArray(array).getValuesAs(JsonObject.class)) {
            teams.put(team.getJsonNumber(idField).longValue(), team);
        }
        return teams;
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    private static void assertPoints(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
    }

    private String cast(int round, long first, int firstValue, long second, int secondValue, int count)
            throws Exception {
        return panelSupport("action=cast&round=" + round + "&first=" + first + "&firstValue=" + firstValue + "&second="
                + second + "&secondValue=" + secondValue + "&count=" + count);
    }

    // ---------------------------------------------------------------- a rating round

    @Test
    void inARatingRoundOnlyTheSeatedMembersBallotsScoreAndTheOpenPublicIsShownBesideNotScored() throws Exception {
        String[] fixture = panelSupport("action=rating-round").split(" ");
        int round = Integer.parseInt(fixture[0]);
        long strong = Long.parseLong(fixture[1]);
        long weak = Long.parseLong(fixture[2]);
        // Two seated members rate the first fixture team 5 and the second 1; a withdrawn member, a reserve and two
        // citizens who never volunteered rate them the other way round. Every other team is rated 3 by everybody.
        String members = cast(round, strong, 5, weak, 1, 2);
        String withdrawn = cast(round, strong, 1, weak, 5, 1);
        String reserve = cast(round, strong, 1, weak, 5, 1);
        cast(round, strong, 1, weak, 5, 2);
        panelSupport("action=panel&round=" + round + "&status=DRAWN&members=" + members + "&withdrawn=" + withdrawn
                + "&reserves=" + reserve);
        support.close(round);

        String tally = administrator().get("admin/tally.xhtml?round=" + round).body();
        assertFalse(tally.contains("id=\"tally-blockers\""), "a drawn panel blocks nothing");
        assertEquals("published", panelSupport("action=publish&round=" + round));

        PageClient visitor = visitor();
        JsonObject results =
                json(visitor.get("api/rounds/" + round + "/results").body());
        Map<Long, JsonObject> lines = byTeamId(results, "teams", "teamId");
        // The members' mean is 5 for one and 1 for the other: 10 and 0 of 10 points.
        assertPoints("10.00", decimal(lines.get(strong), "publicPoints"), "scored from the members' 5s only");
        assertPoints("0.00", decimal(lines.get(weak), "publicPoints"), "scored from the members' 1s only");
        lines.forEach((team, line) -> {
            if (team != strong && team != weak) {
                assertPoints("5.00", decimal(line, "publicPoints"), "every other team rated 3");
            }
        });

        JsonObject scoring = results.getJsonObject("publicScoring");
        assertEquals("PANEL", scoring.getString("scoredBy"));
        assertEquals(2, scoring.getInt("panelMembers"), "the withdrawn member is not seated");
        assertEquals(2, scoring.getInt("panelVoters"));
        assertEquals(6, scoring.getInt("openVoters"), "everybody who voted");
        Map<Long, JsonObject> compared = byTeamId(scoring, "teams", "teamId");
        // Everybody: 5,5,1,1,1,1 (mean 2.33: 3.33 points) and 1,1,5,5,5,5 (mean 3.67: 6.67 points).
        assertPoints("10.00", decimal(compared.get(strong), "scoredPoints"), "scored");
        assertPoints("3.33", decimal(compared.get(strong), "openPoints"), "open, not scored");
        assertPoints("-6.67", decimal(compared.get(strong), "difference"), "open minus scored");
        assertPoints("0.00", decimal(compared.get(weak), "scoredPoints"), "scored");
        assertPoints("6.67", decimal(compared.get(weak), "openPoints"), "open, not scored");
        assertPoints("6.67", decimal(compared.get(weak), "difference"), "open minus scored");
        assertTrue(
                compared.get(weak).getInt("openRank") < compared.get(weak).getInt("scoredRank"),
                "the open public ranks the second team higher");
        assertPoints("6.67", decimal(scoring, "largestPointsDifference"), "the largest difference");

        String page = visitor.get("results.xhtml?round=" + round).body();
        assertTrue(page.contains("id=\"panel-comparison\""), "the results page compares the two");
        assertTrue(page.contains(KoreanText.of("panel.results.col.open")), "the open public's result is not scored");
        assertTrue(page.contains(KoreanText.of("panel.results.intro", "2", "2", "6")), "members, voters, everybody");
        assertTrue(
                page.contains("id=\"panel-comparison-" + strong + "\" data-scored=\"10.00\" data-open=\"3.33\""),
                "the first team's scored and open points");
        assertTrue(page.contains("id=\"panel-comparison-summary\""));
        assertTrue(page.contains("−6.67") && page.contains("+6.67"), "the differences, signed");
        String english =
                visitor.get("results.xhtml?round=" + round + "&lang=en").body();
        assertTrue(english.contains("Open public (for reference, not scored)"), "and in English");

        String[] csv =
                visitor.get("api/rounds/" + round + "/results.csv").body().split("\r\n");
        assertTrue(csv[0].endsWith(",public,total,outcome,reason,open_public_not_scored,public_difference"), csv[0]);
        String strongRow = java.util.Arrays.stream(csv)
                .filter(r -> r.contains("," + strong + ","))
                .findFirst()
                .orElseThrow();
        assertTrue(strongRow.endsWith(",3.33,-6.67"), strongRow);

        // A round without a panel: everybody's ballots score, as always, and the open data says so.
        String[] plain = panelSupport("action=rating-round").split(" ");
        int without = Integer.parseInt(plain[0]);
        long first = Long.parseLong(plain[1]);
        cast(without, first, 5, Long.parseLong(plain[2]), 1, 1);
        cast(without, first, 1, Long.parseLong(plain[2]), 5, 1);
        support.close(without);
        assertEquals("published", panelSupport("action=publish&round=" + without));
        JsonObject plainResults =
                json(visitor.get("api/rounds/" + without + "/results").body());
        assertEquals("EVERYONE", plainResults.getJsonObject("publicScoring").getString("scoredBy"));
        assertPoints(
                "5.00",
                decimal(byTeamId(plainResults, "teams", "teamId").get(first), "publicPoints"),
                "both ballots score: mean 3");
        assertFalse(visitor.get("results.xhtml?round=" + without).body().contains("id=\"panel-comparison\""));
        assertTrue(visitor.get("api/rounds/" + without + "/results.csv")
                .body()
                .startsWith("rank,team_id,team_name_ko,team_name_en,benchmark,expert,user_panel,public,total,outcome,"
                        + "reason\r\n"));
    }

    @Test
    void aRoundWhosePanelIsNotDrawnCannotBePublished() throws Exception {
        String[] fixture = panelSupport("action=rating-round").split(" ");
        int round = Integer.parseInt(fixture[0]);
        String volunteers = cast(round, Long.parseLong(fixture[1]), 5, Long.parseLong(fixture[2]), 1, 2);
        panelSupport("action=panel&round=" + round + "&status=COMMITTED&members=" + volunteers);
        support.close(round);

        String tally = administrator().get("admin/tally.xhtml?round=" + round).body();
        assertTrue(tally.contains("id=\"tally-blockers\""), "blocked");
        assertTrue(tally.contains(KoreanText.of("panel.results.blocker.notDrawn")), "saying the panel is not drawn");
        String state = support.roundState(round);
        assertEquals("refused panel.results.blocker.notDrawn", panelSupport("action=publish&round=" + round));
        assertEquals(state, support.roundState(round), "the round stays closed");
        assertEquals(404, visitor().get("api/rounds/" + round + "/results").statusCode(), "nothing published");
    }

    // ---------------------------------------------------------------- an arena round

    private record Voter(PageClient client, String email) {}

    private Voter newCitizen() throws Exception {
        PageClient citizen = new PageClient(baseUrl.toURI());
        String email = "panel-arena-" + UUID.randomUUID() + "@example.kr";
        assertTrue(citizen.signUp(email, "패널 시민", "arena-password-1"));
        return new Voter(citizen, email);
    }

    private List<Voter> newCitizens(int count) throws Exception {
        List<Callable<Voter>> signUps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signUps.add(this::newCitizen);
        }
        return Concurrently.allAtOnce(signUps, 16);
    }

    private static String voteOnce(PageClient citizen, String button) throws Exception {
        HttpResponse<String> page = citizen.get("arena.xhtml");
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(token.find(), "a battle: " + page.body());
        HttpResponse<String> voted = arenaVote(citizen, page, token.group(1), button);
        Matcher receipt = RECEIPT.matcher(voted.body());
        assertTrue(receipt.find(), "a receipt: " + voted.body());
        return receipt.group(1);
    }

    private String accountIds(List<Voter> voters) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Voter voter : voters) {
            ids.add(panelSupport("action=account-id&email=" + voter.email()));
        }
        return String.join(",", ids);
    }

    @Test
    void inAnArenaRoundOnlyTheSeatedMembersVotesMakeTheFitThatScores() throws Exception {
        int round = support.openArenaRound(1, 30);
        int teams = Integer.parseInt(panelSupport("action=competing&round=" + round));
        // One prompt: a battle each; the members vote every (pair, side) cell once, which connects every team.
        List<Voter> members = newCitizens(teams * (teams - 1));
        List<Callable<String>> votes = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Voter member = members.get(i);
            String button = BUTTONS[i % 3];
            votes.add(() -> voteOnce(member.client(), button));
        }
        Concurrently.allAtOnce(votes, 16);
        // Then four citizens who never volunteered and a member who withdrew after the draw vote too.
        List<Voter> others = newCitizens(5);
        List<String> otherReceipts = new ArrayList<>();
        for (Voter other : others) {
            otherReceipts.add(voteOnce(other.client(), "a-better"));
        }
        panelSupport("action=panel&round=" + round + "&status=DRAWN&members=" + accountIds(members) + "&withdrawn="
                + accountIds(others.subList(0, 1)));
        support.close(round);

        PageClient visitor = visitor();
        String api = "api/rounds/" + round + "/arena";
        JsonObject scored = json(visitor.get(api + "/fit.json").body());
        JsonObject open = json(visitor.get(api + "/fit-open.json").body());
        assertEquals(members.size(), scored.getInt("votes"), "the scored fit has the members' votes only");
        assertEquals(members.size(), scored.getInt("citizens"));
        assertTrue(scored.getBoolean("connected"));
        assertEquals(members.size() + others.size(), open.getInt("votes"), "the open fit has everybody's");
        assertEquals(members.size() + others.size(), open.getInt("citizens"));

        // The tally's PUBLIC points are the scored fit's.
        Map<String, String> nameByCode = new HashMap<>();
        String board = visitor.get("arena-results.xhtml?round=" + round).body();
        Matcher row = STANDING.matcher(board);
        while (row.find()) {
            Matcher name = ROW_NAME.matcher(row.group(2));
            assertTrue(name.find());
            nameByCode.put(row.group(1), stripTags(name.group(1)));
        }
        Map<String, BigDecimal> fitPoints = new TreeMap<>();
        for (JsonObject standing : scored.getJsonArray("standings").getValuesAs(JsonObject.class)) {
            fitPoints.put(nameByCode.get(standing.getString("team")), new BigDecimal(standing.getString("points")));
        }
        String tally = administrator().get("admin/tally.xhtml?round=" + round).body();
        Map<String, BigDecimal> tallied = new TreeMap<>();
        Matcher line = TALLY_ROW.matcher(tally);
        while (line.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(line.group(1));
            while (cell.find()) {
                cells.add(stripTags(cell.group(1)));
            }
            Matcher name = ROW_NAME.matcher(line.group(1));
            assertTrue(name.find());
            tallied.put(stripTags(name.group(1)), new BigDecimal(cells.get(4)));
        }
        assertEquals(fitPoints.keySet(), tallied.keySet(), "the same teams");
        fitPoints.forEach((team, points) -> assertEquals(
                0, points.compareTo(tallied.get(team)), team + ": the tally scores the panel's fit: " + tallied));

        // The page shows the scored leaderboard, the open public's beside it, and the differences.
        assertTrue(board.contains("id=\"panel-scored\""), "says the panel scored");
        assertTrue(
                board.contains(KoreanText.of(
                        "panel.results.arena.scored",
                        String.valueOf(members.size()),
                        String.valueOf(members.size()),
                        String.valueOf(members.size()))),
                "members, voters and votes");
        assertTrue(board.contains("id=\"open-leaderboard\""), "the open public's leaderboard");
        assertTrue(board.contains(KoreanText.of("panel.results.arena.open")), "marked not scored");
        assertTrue(board.contains("id=\"panel-comparison-table\""), "the comparison");
        assertTrue(board.contains("id=\"panel-comparison-summary\""));

        // votes.csv says which votes scored: the members', not the withdrawn member's nor the others'.
        String[] csv = visitor.get(api + "/votes.csv").body().split("\r\n");
        assertEquals("battle,prompt,team_a,team_b,outcome,citizen,receipt,voted_at,scored", csv[0]);
        Map<String, String> scoredByReceipt = new HashMap<>();
        for (int i = 1; i < csv.length; i++) {
            String[] field = csv[i].split(",", -1);
            assertEquals(9, field.length, csv[i]);
            if (!field[6].isEmpty()) {
                scoredByReceipt.put(field[6], field[8]);
            }
        }
        assertEquals(
                members.size(),
                scoredByReceipt.values().stream().filter("true"::equals).count(),
                "the members' votes scored");
        otherReceipts.forEach(r -> assertEquals("false", scoredByReceipt.get(r), r + " did not score"));
        assertTrue(visitor.get(api + "/votes.json").body().contains("\"scored\":false"), "votes.json says so too");
        assertTrue(
                visitor.get(api + "/votes/" + otherReceipts.get(0)).body().contains("\"scored\":false"),
                "and a vote found by its receipt");
        assertEquals(
                others.size(),
                java.util.Arrays.stream(csv).filter(r -> r.endsWith(",false")).count(),
                "every other vote is marked not scored: "
                        + java.util.Arrays.stream(csv).collect(Collectors.joining("\n")));
    }
}
