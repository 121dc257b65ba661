package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The citizens' blind arena through the real pages and the open-data API, and its material uploaded by an
 * administrator over HTTP: a battle names no team, a token counts once and only for its citizen, the cap
 * and the balance hold under concurrent citizens, nothing is counted after the close, and after it the
 * open data is what the pages show. Each test prepares an arena round of its own.
 */
class ArenaIT extends HttpTest {

    /** The SHA-256 of the canonical form of examples/arena/prompts.jsonl (and of prompts.csv): its commitment. */
    private static final String EXAMPLE_COMMITMENT = "a78d5b944c7e865ff243d9e85a0883ce62781668492798b1e7eee731efc86fcc";

    private static final String[] BUTTONS = {"a-better", "b-better", "tie", "both-bad"};
    private static final String[] OUTCOMES = {"A_BETTER", "B_BETTER", "TIE", "BOTH_BAD"};
    private static final String VOTES_CSV_HEADER = "battle,prompt,team_a,team_b,outcome,citizen,receipt,voted_at";

    private static final Pattern TOKEN = Pattern.compile("name=\"vote:token\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern RECEIPT = Pattern.compile("<code id=\"arena-receipt\">([^<]+)</code>");
    private static final Pattern REFUSAL = Pattern.compile("id=\"arena-refusal\" data-reason=\"([^\"]*)\"");
    private static final Pattern COMMITMENT = Pattern.compile("id=\"commitment-sha256\">([0-9a-f]{64})<");
    private static final Pattern ANSWER_SET =
            Pattern.compile("<li id=\"answers-([^\"]+)\">\\s*<strong>([^<]*)</strong>");
    private static final Pattern UPLOAD_TEAM =
            Pattern.compile("id=\"answers-upload-([^\"]+)\">\\s*(?:<input[^>]*>\\s*)*?"
                    + "<input type=\"hidden\" name=\"team\" value=\"(\\d+)\"");
    private static final Pattern UPLOAD_TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");
    private static final Pattern STANDING =
            Pattern.compile("<tr id=\"standing-([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NUMBER_CELL = Pattern.compile("<td class=\"number\">(.*?)</td>", Pattern.DOTALL);
    private static final Pattern ROW_NAME = Pattern.compile("<th scope=\"row\">(.*?)</th>", Pattern.DOTALL);
    private static final Pattern TALLY_ROW = Pattern.compile("<tr id=\"tally-row-\\d+\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    private TestSupportClient support;

    @BeforeEach
    void setUp() {
        support = new TestSupportClient(baseUrl);
    }

    // ---------------------------------------------------------------- helpers

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String stripTags(String html) {
        return unescape(html.replaceAll("<[^>]*>", "")).strip();
    }

    private PageClient newCitizen() throws Exception {
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(citizen.signUp("arena-" + UUID.randomUUID() + "@example.kr", "평가 시민", "arena-password-1"));
        return citizen;
    }

    private List<PageClient> newCitizens(int count) throws Exception {
        List<Callable<PageClient>> signUps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signUps.add(this::newCitizen);
        }
        return Concurrently.allAtOnce(signUps, 32);
    }

    private static Optional<String> find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String token(HttpResponse<String> page) {
        return find(TOKEN, page.body()).orElseThrow(() -> new AssertionError("no battle on the page: " + page.body()));
    }

    private static Optional<String> receipt(HttpResponse<String> page) {
        return find(RECEIPT, page.body());
    }

    private static Optional<String> refusal(HttpResponse<String> page) {
        return find(REFUSAL, page.body());
    }

    /** A fresh battle page and a vote on it with its own token; the receipt. */
    private static String voteOnce(PageClient citizen, String button) throws Exception {
        HttpResponse<String> page = citizen.get("arena.xhtml");
        HttpResponse<String> voted = arenaVote(citizen, page, token(page), button);
        assertEquals(200, voted.statusCode());
        return receipt(voted).orElseThrow(() -> new AssertionError("no receipt: " + voted.body()));
    }

    /** {fewest in a cell, most in a cell, issued, voted}. */
    private long[] fill(int round) {
        return support.arenaFill(round);
    }

    private List<String> arenaTables() {
        return support.tableDigests(
                "arena_prompt_set", "arena_prompt", "arena_answer_set", "arena_answer", "arena_cell", "arena_battle");
    }

    private static void assertRefusedWith(HttpResponse<String> response, String key, Object... arguments) {
        assertEquals(200, response.statusCode(), "the page answers, not an error");
        assertTrue(response.body().contains(KoreanText.of(key, arguments)), "shows " + key + ": " + response.body());
        assertFalse(receipt(response).isPresent(), "no receipt");
    }

    /** The competing teams of a round by code, each with its Korean and English name, as the administrator's arena page lists them. */
    private Map<String, List<String>> competingTeams(int round) throws Exception {
        PageClient admin = administrator();
        Map<String, List<String>> teams = new TreeMap<>();
        Matcher korean = ANSWER_SET.matcher(
                admin.get("admin/arena.xhtml?round=" + round + "&lang=ko").body());
        while (korean.find()) {
            teams.put(korean.group(1), new ArrayList<>(List.of(unescape(korean.group(2)))));
        }
        Matcher english = ANSWER_SET.matcher(
                admin.get("admin/arena.xhtml?round=" + round + "&lang=en").body());
        while (english.find()) {
            teams.get(english.group(1)).add(unescape(english.group(2)));
        }
        assertTrue(teams.size() >= 2, "teams compete: " + teams);
        return teams;
    }

    private static void assertNamesNoTeam(String html, Map<String, List<String>> teams) {
        String lower = html.toLowerCase(Locale.ROOT);
        teams.forEach((code, names) -> {
            assertFalse(
                    lower.contains(code.toLowerCase(Locale.ROOT)),
                    "the team code " + code + " is not on the battle page");
            for (String name : names) {
                assertFalse(
                        lower.contains(name.toLowerCase(Locale.ROOT))
                                || lower.contains(escape(name).toLowerCase(Locale.ROOT)),
                        "the team name " + name + " is not on the battle page");
            }
        });
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    // ---------------------------------------------------------------- the citizen's battle

    @Test
    void aBattleNamesNoTeamAndItsTokenCountsOnceAndOnlyForItsCitizen() throws Exception {
        int round = support.openArenaRound(4, 30);
        Map<String, List<String>> teams = competingTeams(round);
        PageClient citizen = newCitizen();

        HttpResponse<String> page = citizen.get("arena.xhtml");
        assertEquals(200, page.statusCode());
        String token = token(page);
        String html = page.body();
        assertTrue(html.contains("id=\"prompt-ko\"") && html.contains("시험 질문"), "a prompt is shown");
        assertTrue(html.contains("id=\"answer-a\"") && html.contains("id=\"answer-b\""), "two answers");
        assertTrue(
                html.contains(KoreanText.of("arena.modelA")) && html.contains(KoreanText.of("arena.modelB")),
                "named 모델 A and 모델 B");
        assertTrue(
                html.contains(KoreanText.of("arena.progress", 0, 4)),
                "no vote yet, 4 battles at most (4 prompts, cap 30)");
        assertNamesNoTeam(html, teams);
        long[] shown = fill(round);
        assertEquals(List.of(1L, 0L), List.of(shown[2], shown[3]), "one battle issued, none voted");

        // Reloading, in either language, shows the same pending battle and issues nothing.
        HttpResponse<String> english = citizen.get("arena.xhtml?lang=en");
        assertEquals(token, token(english), "the same battle in English");
        assertTrue(english.body().contains("id=\"prompt-en\""));
        assertNamesNoTeam(english.body(), teams);
        HttpResponse<String> reloaded = citizen.get("arena.xhtml?lang=ko");
        assertEquals(token, token(reloaded), "the same pending battle until it is voted on");
        assertEquals(1, fill(round)[2], "a reload issues nothing");

        // A forged token and another citizen's pending one are refused; nothing is stored.
        PageClient other = newCitizen();
        String othersToken = token(other.get("arena.xhtml"));
        assertNotEquals(token, othersToken);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        List<String> before = arenaTables();
        long[] fillBefore = fill(round);
        assertRefusedWith(
                arenaVote(
                        citizen,
                        citizen.get("arena.xhtml"),
                        Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                        "a-better"),
                "arena.refused.tokenUnknown");
        assertRefusedWith(
                arenaVote(citizen, citizen.get("arena.xhtml"), othersToken, "b-better"), "arena.refused.tokenUnknown");
        assertEquals(before, arenaTables(), "nothing stored");
        assertEquals(List.of(fillBefore[2], fillBefore[3]), List.of(fill(round)[2], fill(round)[3]));

        // The citizen's own token: a receipt.
        HttpResponse<String> voted = arenaVote(citizen, citizen.get("arena.xhtml"), token, "a-better");
        String receipt = receipt(voted).orElseThrow(() -> new AssertionError(voted.body()));
        assertTrue(receipt.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), receipt);
        assertTrue(voted.body().contains(KoreanText.of("arena.progress", 1, 4)));
        assertNamesNoTeam(voted.body(), teams);
        assertEquals(1, fill(round)[3], "one vote counted");

        // The spent token again, from a fresh page view (which issues the next battle): refused, not counted.
        HttpResponse<String> next = citizen.get("arena.xhtml");
        assertNotEquals(token, token(next), "the next battle has a token of its own");
        long[] afterView = fill(round);
        List<String> afterViewTables = arenaTables();
        HttpResponse<String> again = arenaVote(citizen, next, token, "b-better");
        assertRefusedWith(again, "arena.refused.tokenSpent");
        assertEquals(afterViewTables, arenaTables(), "nothing stored");
        assertEquals(1, fill(round)[3], "the voted count does not move");
        assertEquals(afterView[2], fill(round)[2]);

        // The other citizen's token still works for them.
        assertTrue(receipt(arenaVote(other, other.get("arena.xhtml"), othersToken, "tie"))
                .isPresent());
        assertEquals(2, fill(round)[3]);
    }

    @Test
    void oneTokenPostedFromTenWindowsAtOnceCountsOnce() throws Exception {
        int round = support.openArenaRound(4, 30);
        PageClient citizen = newCitizen();
        List<HttpResponse<String>> windows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            windows.add(citizen.get("arena.xhtml"));
        }
        String token = token(windows.get(0));
        windows.forEach(w -> assertEquals(token, token(w), "one pending battle in every window"));
        List<Callable<HttpResponse<String>>> votes = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            HttpResponse<String> window = windows.get(i);
            String button = BUTTONS[i % 4];
            votes.add(() -> arenaVote(citizen, window, token, button));
        }

        List<HttpResponse<String>> answers = Concurrently.allAtOnce(votes, 32);

        long accepted = answers.stream().filter(a -> receipt(a).isPresent()).count();
        long spent = answers.stream()
                .filter(a -> a.body().contains(KoreanText.of("arena.refused.tokenSpent")))
                .count();
        assertEquals(1, accepted, "exactly one vote accepted");
        assertEquals(9, spent, "every other one is told the battle was voted on");
        assertEquals(List.of(1L, 1L), List.of(fill(round)[2], fill(round)[3]), "one battle, one vote");
    }

    @Test
    void pageViewsOfOneCitizenAtOnceShareOnePendingBattle() throws Exception {
        int round = support.openArenaRound(4, 30);
        // Six citizens, each opening the arena in six tabs at the same moment.
        List<PageClient> citizens = newCitizens(6);
        List<Callable<String>> views = new ArrayList<>();
        for (int i = 0; i < citizens.size(); i++) {
            PageClient citizen = citizens.get(i);
            int which = i;
            for (int tab = 0; tab < 6; tab++) {
                views.add(() -> {
                    HttpResponse<String> page = citizen.get("arena.xhtml");
                    return which + " "
                            + find(TOKEN, page.body())
                                    .map(t -> "battle " + t)
                                    .orElseGet(() -> "refused " + refusal(page).orElse("?"));
                });
            }
        }
        Map<String, Set<String>> shown = new TreeMap<>();
        for (String view : Concurrently.allAtOnce(views, 32)) {
            shown.computeIfAbsent(view.substring(0, view.indexOf(' ')), c -> new java.util.TreeSet<>())
                    .add(view.substring(view.indexOf(' ') + 1));
        }
        long issued = fill(round)[2];
        assertTrue(
                shown.values().stream().allMatch(tabs -> tabs.size() == 1),
                "each citizen's tabs show one battle: " + shown);
        assertTrue(
                shown.values().stream().allMatch(tabs -> tabs.iterator().next().startsWith("battle ")),
                "a citizen who has voted on nothing is never told they are done: " + shown);
        assertEquals(6, issued, "one battle issued to each citizen, pending until voted on");
    }

    @Test
    void anArenaRoundThatOpenedWithoutPromptsTellsCitizensSoRatherThanFailing() throws Exception {
        // A round is an arena by default and opens at its window whether or not its prompts were uploaded.
        int round = support.scheduleArenaRound(0);
        support.openRound(round);
        List<String> before = arenaTables();
        HttpResponse<String> page = newCitizen().get("arena.xhtml");
        assertEquals(200, page.statusCode(), "the arena page answers, not an error page");
        assertTrue(refusal(page).isPresent(), "it says why there is no battle");
        assertEquals(before, arenaTables(), "nothing stored");
    }

    @Test
    void aCitizenAtTheCapIsToldSoAndIssuedNoMoreBattles() throws Exception {
        int round = support.openArenaRound(3, 2);
        PageClient citizen = newCitizen();
        voteOnce(citizen, "a-better");
        HttpResponse<String> page = citizen.get("arena.xhtml");
        HttpResponse<String> second = arenaVote(citizen, page, token(page), "both-bad");
        assertTrue(receipt(second).isPresent());
        assertTrue(second.body().contains(KoreanText.of("arena.progress", 2, 2)), "2 of 2");

        HttpResponse<String> done = citizen.get("arena.xhtml");
        assertEquals(Optional.of("CAP_REACHED"), refusal(done));
        assertTrue(done.body().contains(KoreanText.of("arena.state.CAP_REACHED")));
        assertFalse(done.body().contains("name=\"vote:token\""), "no battle");
        assertEquals(
                List.of(2L, 2L), List.of(fill(round)[2], fill(round)[3]), "two battles issued, both voted; no third");
        citizen.get("arena.xhtml");
        assertEquals(2, fill(round)[2], "asking again issues nothing");
    }

    @Test
    void twelveCitizensVotingAtOnceKeepTheCellsBalancedAndNeverSeeAPromptTwice() throws Exception {
        int round = support.openArenaRound(3, 30);
        List<PageClient> citizens = newCitizens(12);

        List<Callable<List<String>>> voting = new ArrayList<>();
        for (int i = 0; i < citizens.size(); i++) {
            PageClient citizen = citizens.get(i);
            int seed = i;
            voting.add(() -> {
                List<String> receipts = new ArrayList<>();
                for (int battle = 0; battle < 10; battle++) {
                    HttpResponse<String> page = citizen.get("arena.xhtml");
                    Optional<String> refused = refusal(page);
                    if (refused.isPresent()) {
                        assertTrue(Set.of("CAP_REACHED", "NONE_AVAILABLE").contains(refused.get()), refused.get());
                        break;
                    }
                    HttpResponse<String> voted = arenaVote(citizen, page, token(page), BUTTONS[(seed + battle) % 4]);
                    receipts.add(receipt(voted).orElseThrow(() -> new AssertionError(voted.body())));
                }
                return receipts;
            });
        }
        List<List<String>> receipts = Concurrently.allAtOnce(voting, 32);

        Set<String> all = new HashSet<>();
        receipts.forEach(all::addAll);
        int votes = receipts.stream().mapToInt(List::size).sum();
        assertEquals(votes, all.size(), "every receipt different");
        assertTrue(receipts.stream().allMatch(r -> r.size() <= 3), "at most one battle per prompt: 3 prompts");
        long[] fill = fill(round);
        System.out.printf(
                "Arena, 12 citizens at once on 3 prompts: %d battles issued, %d voted, cells filled %d to %d%n",
                fill[2], fill[3], fill[0], fill[1]);
        assertTrue(
                fill[1] - fill[0] <= 1, "no cell more than one battle ahead of another: " + fill[0] + " to " + fill[1]);
        assertEquals(votes, fill[2], "every battle issued was voted on");
        assertEquals(votes, fill[3]);
        assertTrue(receipts.stream().allMatch(r -> !r.isEmpty()), "every citizen got a battle");

        support.close(round);
        String[] rows = new PageClient(baseUrl.toURI())
                .get("api/rounds/" + round + "/arena/votes.csv")
                .body()
                .split("\r\n");
        assertEquals(VOTES_CSV_HEADER, rows[0]);
        assertEquals(votes + 1, rows.length);
        Set<String> citizenPrompts = new HashSet<>();
        Set<String> pseudonyms = new HashSet<>();
        for (int i = 1; i < rows.length; i++) {
            String[] field = rows[i].split(",", -1);
            assertTrue(
                    citizenPrompts.add(field[5] + " " + field[1]), "no citizen got the same prompt twice: " + rows[i]);
            pseudonyms.add(field[5]);
            assertTrue(all.contains(field[6]), "every published vote is one that got a receipt");
        }
        assertEquals(12, pseudonyms.size(), "one pseudonym a citizen");
    }

    // ---------------------------------------------------------------- the close and the open data

    /** Issue 21, item 6: past the closing instant, before the close has run, no vote counts and no battle is issued. */
    @Test
    void pastTheClosingInstantNoArenaVoteIsTakenWhileTheCloseRunsLate() throws Exception {
        int round = support.openArenaRound(3, 30);
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("arena.xhtml");
        String token = token(page);
        support.closingInstantPassed(round);
        assertTrue(
                support.roundState(round).contains(" OPEN "), "the round is still open: " + support.roundState(round));

        HttpResponse<String> late = arenaVote(citizen, page, token, "a-better");

        assertRefusedWith(late, "arena.refused.roundClosed", round);
        assertEquals(0, fill(round)[3], "not counted");
        assertEquals(Optional.of("NO_OPEN_ARENA"), refusal(newCitizen().get("arena.xhtml")), "no battle issued");
        assertEquals(1, fill(round)[2]);
        support.close(round);
    }

    @Test
    void afterTheCloseNoVoteCountsAndTheOpenDataIsWhatThePagesShow() throws Exception {
        int round = support.openArenaRound(3, 30);
        Map<String, List<String>> teams = competingTeams(round);
        PageClient first = newCitizen();
        PageClient second = newCitizen();
        String r1 = voteOnce(first, "a-better");
        String r2 = voteOnce(first, "tie");
        HttpResponse<String> pending = first.get("arena.xhtml");
        String pendingToken = token(pending);
        String r3 = voteOnce(second, "both-bad");
        Map<String, String> outcomes = Map.of(r1, "A_BETTER", r2, "TIE", r3, "BOTH_BAD");

        PageClient visitor = new PageClient(baseUrl.toURI());
        String api = "api/rounds/" + round + "/arena";
        String code = teams.keySet().iterator().next();
        for (String path : new String[] {
            "/votes.csv", "/votes.json", "/fit.json", "/answers/" + code + ".jsonl", "/prompts.jsonl", "/votes/" + r1
        }) {
            HttpResponse<String> hidden = visitor.get(api + path);
            assertEquals(404, hidden.statusCode(), path + " is not public before the close");
            assertTrue(hidden.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertFalse(hidden.body().contains(r1), path);
        }
        assertTrue(
                json(visitor.get(api).body()).getJsonObject("answerDigests").isEmpty(),
                "no answer digest before the close");

        support.close(round);
        // Issue 26: the votes are analysed as the close commits, not on the first request for the results.
        assertTrue(
                Eventually.value(Duration.ofSeconds(20), () -> support.arenaAnalysed(round), analysed -> analysed),
                "the arena analysed at the close, before anyone asked for its results");

        long[] atClose = fill(round);
        assertEquals(List.of(4L, 3L), List.of(atClose[2], atClose[3]));
        HttpResponse<String> late = arenaVote(first, pending, pendingToken, "b-better");
        assertRefusedWith(late, "arena.refused.roundClosed", round);
        assertEquals(3, fill(round)[3], "not counted");
        assertEquals(Optional.of("NO_OPEN_ARENA"), refusal(first.get("arena.xhtml")));
        assertEquals(4, fill(round)[2], "no battle issued after the close");

        // votes.csv: one row per issued battle; the voted ones with their receipts, the unvoted one empty.
        HttpResponse<String> csv = visitor.get(api + "/votes.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] rows = csv.body().split("\r\n");
        assertEquals(VOTES_CSV_HEADER, rows[0]);
        assertEquals(5, rows.length, "four battles issued");
        Map<String, String[]> byReceipt = new HashMap<>();
        int unvoted = 0;
        for (int i = 1; i < rows.length; i++) {
            String[] field = rows[i].split(",", -1);
            assertEquals(8, field.length, rows[i]);
            assertTrue(
                    teams.containsKey(field[2]) && teams.containsKey(field[3]) && !field[2].equals(field[3]), rows[i]);
            if (field[4].isEmpty()) {
                unvoted++;
                assertEquals("", field[6] + field[7], "an unvoted battle has no receipt and no time");
            } else {
                assertEquals(outcomes.get(field[6]), field[4], "the outcome voted with that receipt");
                byReceipt.put(field[6], field);
            }
        }
        assertEquals(1, unvoted);
        assertEquals(outcomes.keySet(), byReceipt.keySet());
        String[] firstVote = byReceipt.get(r1);
        assertEquals(firstVote[5], byReceipt.get(r2)[5], "one citizen, one pseudonym");
        assertNotEquals(firstVote[5], byReceipt.get(r3)[5]);
        assertEquals(
                4,
                visitor.get(api + "/votes.json").body().split("\"battle\":", -1).length - 1,
                "votes.json has the same four battles");

        // A receipt, found through the API and through the results page.
        JsonObject found = json(visitor.get(api + "/votes/" + r1).body());
        assertEquals(
                List.of(r1, "A_BETTER", firstVote[1], firstVote[2], firstVote[3], firstVote[5]),
                List.of(
                        found.getString("receipt"),
                        found.getString("outcome"),
                        found.getString("prompt"),
                        found.getString("teamA"),
                        found.getString("teamB"),
                        found.getString("citizen")));
        String resultsPage = visitor.get("arena-results.xhtml?round=" + round + "&receipt=" + r1)
                .body();
        assertTrue(resultsPage.contains("id=\"receipt-found\""), "the receipt is found on the results page");
        assertTrue(
                resultsPage.contains(KoreanText.of(
                        "arena.results.receipt.found",
                        firstVote[1],
                        firstVote[2],
                        firstVote[3],
                        KoreanText.of("arena.outcome.A_BETTER"))),
                "with its prompt, teams and choice");
        assertTrue(visitor.get("arena-results.xhtml?round=" + round + "&receipt=0000-0000-0000-0000-0000")
                .body()
                .contains("id=\"receipt-not-found\""));
        assertEquals(404, visitor.get(api + "/votes/0000-0000-0000-0000-0000").statusCode());

        // fit.json and the leaderboard: the same teams, scores and votes.
        String board = visitor.get("arena-results.xhtml?round=" + round).body();
        assertTrue(
                board.contains(KoreanText.of("arena.results.counts", "3", "2", "4", "25.0%")),
                "3 votes by 2 citizens of 4 battles issued");
        JsonObject fit = json(visitor.get(api + "/fit.json").body());
        assertEquals(3, fit.getInt("votes"));
        assertEquals(2, fit.getInt("citizens"));
        assertLeaderboardIsTheFit(board, fit);
        assertEquals(
                teams.keySet(),
                new HashSet<>(fit.getJsonArray("teams").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList()),
                "every competing team is on the leaderboard");

        // The prompts are the committed ones; each answer set is the one whose digest the rules give.
        HttpResponse<String> prompts = visitor.get(api + "/prompts.jsonl");
        assertEquals(200, prompts.statusCode());
        String committed = find(
                        COMMITMENT, visitor.get("round.xhtml?number=" + round).body())
                .orElseThrow();
        assertEquals(committed, sha256(prompts.body()), "prompts.jsonl is what the round page committed to");
        assertEquals(3, prompts.body().split("\n").length);
        JsonObject rules = json(visitor.get(api).body());
        assertEquals(committed, rules.getJsonObject("commitment").getString("sha256"));
        JsonObject digests = rules.getJsonObject("answerDigests");
        assertEquals(teams.keySet(), digests.keySet(), "every competing team's answer digest is public");
        for (String team : teams.keySet()) {
            HttpResponse<String> answers = visitor.get(api + "/answers/" + team + ".jsonl");
            assertEquals(200, answers.statusCode(), team);
            assertEquals(
                    digests.getString(team), sha256(answers.body()), team + "'s answers are the ones its digest names");
        }
    }

    /** The leaderboard's rows are fit.json's standings: the same teams, scores to 3 decimals, votes. */
    private static void assertLeaderboardIsTheFit(String board, JsonObject fit) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = STANDING.matcher(board);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = NUMBER_CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(stripTags(cell.group(1)));
            }
            rows.put(row.group(1), cells);
        }
        List<JsonObject> standings = fit.getJsonArray("standings").getValuesAs(JsonObject.class);
        assertEquals(fit.getJsonArray("teams").size(), standings.size(), "a standing for every team");
        assertEquals(
                standings.stream().map(s -> s.getString("team")).toList(),
                List.copyOf(rows.keySet()),
                "the same teams in the same order");
        for (JsonObject standing : standings) {
            List<String> cells = rows.get(standing.getString("team"));
            String shown = cells.get(0);
            if (standing.get("score").getValueType() == JsonValue.ValueType.NULL) {
                assertEquals("—", shown, standing.toString());
            } else {
                BigDecimal score = standing.getJsonNumber("score").bigDecimalValue();
                assertTrue(
                        score.subtract(new BigDecimal(shown)).abs().compareTo(new BigDecimal("0.0005001")) <= 0,
                        standing.getString("team") + ": " + score + " shown as " + shown);
            }
            assertEquals(
                    String.valueOf(standing.getJsonNumber("votes").longValue()),
                    cells.get(3).replace(",", ""),
                    standing.getString("team"));
        }
    }

    @Test
    void aRoundOfMoreVotesThanOneReadTakesIsReadWholeAtTheCloseAndInItsOpenData() throws Exception {
        // 25,000 votes: the analysis reads 10,000 battles a statement (two full pages, then a short one) and
        // votes.csv 5,000 (five full pages, then an empty read); a battle lost or read twice at a page's edge would
        // show in the counts.
        int round = support.openArenaRound(40, 1000);
        support.addSyntheticArenaVotes(round, 25_000, 1_000);
        String[] walkedAndCounted = support.arenaVotesWalkedAndCounted(round).split("\n");
        assertTrue(walkedAndCounted[0].startsWith("25000 25000 {"), walkedAndCounted[0]);
        assertEquals(walkedAndCounted[1], walkedAndCounted[0], "the walk meets every battle once, as SQL counts them");

        support.close(round);
        assertTrue(
                Eventually.value(Duration.ofSeconds(30), () -> support.arenaAnalysed(round), analysed -> analysed),
                "analysed at the close");
        PageClient visitor = new PageClient(baseUrl.toURI());
        JsonObject fit =
                json(visitor.get("api/rounds/" + round + "/arena/fit.json").body());
        assertEquals(25_000, fit.getInt("votes"));
        assertEquals(1_000, fit.getInt("citizens"));
        String[] rows =
                visitor.get("api/rounds/" + round + "/arena/votes.csv").body().split("\r\n");
        assertEquals(VOTES_CSV_HEADER, rows[0]);
        assertEquals(25_001, rows.length, "one row per battle");
        assertEquals(
                25_000,
                java.util.Arrays.stream(rows)
                        .skip(1)
                        .map(r -> r.split(",", 2)[0])
                        .distinct()
                        .count(),
                "no battle twice");
    }

    // ---------------------------------------------------------------- the tally

    @Test
    void aClosedArenaRoundGivesTheTallyTheFitsPointsAndOneWithoutVotesIsBlocked() throws Exception {
        int round = support.openArenaRound(1, 30);
        int teams = competingTeams(round).size();
        // One prompt: a battle each; every (pair, side) cell voted once connects every team.
        List<PageClient> citizens = newCitizens(teams * (teams - 1));
        List<Callable<String>> votes = new ArrayList<>();
        for (int i = 0; i < citizens.size(); i++) {
            PageClient citizen = citizens.get(i);
            String button = BUTTONS[i % 3];
            votes.add(() -> voteOnce(citizen, button));
        }
        Concurrently.allAtOnce(votes, 32);
        assertEquals(
                List.of(1L, 1L, (long) citizens.size(), (long) citizens.size()),
                java.util.Arrays.stream(fill(round)).boxed().toList(),
                "every cell voted once");
        support.close(round);

        PageClient visitor = new PageClient(baseUrl.toURI());
        JsonObject fit =
                json(visitor.get("api/rounds/" + round + "/arena/fit.json").body());
        assertTrue(fit.getBoolean("connected"), "the votes connect every team");
        Map<String, String> nameByCode = new HashMap<>();
        Matcher row = STANDING.matcher(
                visitor.get("arena-results.xhtml?round=" + round).body());
        while (row.find()) {
            nameByCode.put(row.group(1), stripTags(find(ROW_NAME, row.group(2)).orElseThrow()));
        }
        Map<String, BigDecimal> fitPoints = new TreeMap<>();
        for (JsonObject standing : fit.getJsonArray("standings").getValuesAs(JsonObject.class)) {
            fitPoints.put(nameByCode.get(standing.getString("team")), new BigDecimal(standing.getString("points")));
        }
        assertTrue(fitPoints.values().stream().anyMatch(p -> p.signum() > 0), "the fit gives points: " + fitPoints);

        String tally = administrator().get("admin/tally.xhtml?round=" + round).body();
        Map<String, BigDecimal> tallied = new TreeMap<>();
        Matcher line = TALLY_ROW.matcher(tally);
        while (line.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(line.group(1));
            while (cell.find()) {
                cells.add(stripTags(cell.group(1)));
            }
            tallied.put(stripTags(find(ROW_NAME, line.group(1)).orElseThrow()), new BigDecimal(cells.get(4)));
        }
        assertEquals(fitPoints.keySet(), tallied.keySet(), "the same teams");
        fitPoints.forEach((team, points) -> assertEquals(
                0,
                points.compareTo(tallied.get(team)),
                team + ": the tally's PUBLIC points are the fit's: " + points + " / " + tallied.get(team)));
        String disconnected = KoreanText.of("tally.arenaDisconnected", "\u0000").split("\u0000")[0];
        assertFalse(tally.contains(disconnected), "not blocked by the arena");

        // A closed arena round without a vote compares nobody: its publication is blocked.
        int empty = support.openArenaRound(2, 30);
        support.close(empty);
        assertFalse(json(visitor.get("api/rounds/" + empty + "/arena/fit.json").body())
                .getBoolean("connected"));
        String blocked = administrator().get("admin/tally.xhtml?round=" + empty).body();
        assertTrue(
                blocked.contains("id=\"tally-blockers\"") && blocked.contains(disconnected),
                "the arena blocker is named");
        String state = support.roundState(empty);
        assertThrows(IllegalStateException.class, () -> support.publishResults(empty), "publication is refused");
        assertEquals(state, support.roundState(empty), "the round stays closed");
    }

    // ---------------------------------------------------------------- uploads

    /** The administrator's arena page with the last upload's outcome. */
    private record Upload(int status, String page) {}

    private Upload upload(
            PageClient admin, int round, String kind, Long team, String token, String fileName, byte[] content)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("round", String.valueOf(round));
        fields.put("kind", kind);
        if (team != null) {
            fields.put("team", String.valueOf(team));
        }
        fields.put("token", token);
        HttpResponse<String> response = admin.postMultipart("admin/arena-upload", fields, "file", fileName, content);
        if (response.statusCode() != 302) {
            return new Upload(response.statusCode(), response.body());
        }
        assertTrue(
                response.headers().firstValue("Location").orElseThrow().endsWith("/admin/arena.xhtml?round=" + round));
        return new Upload(302, admin.get("admin/arena.xhtml?round=" + round).body());
    }

    private static Optional<String> commitment(String page) {
        return find(COMMITMENT, page);
    }

    private static void assertProblem(Upload refused, String key, Object... arguments) {
        assertEquals(302, refused.status());
        assertTrue(refused.page().contains("id=\"upload-problems\""), "the file is refused: " + refused.page());
        Matcher problems = Pattern.compile("<li class=\"upload-problem\">(.*?)</li>", Pattern.DOTALL)
                .matcher(refused.page());
        String expected = KoreanText.of(key, arguments);
        boolean listed = false;
        List<String> seen = new ArrayList<>();
        while (problems.find()) {
            seen.add(problems.group(1));
            listed |= problems.group(1).contains(expected);
        }
        assertTrue(listed, "the problem " + expected + " is listed: " + seen);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers to the example prompts p-001 … p-010, the one to {@code replaced} (if any) being {@code answer}. */
    private static String answers(String replaced, String answer) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            String id = String.format("p-%03d", i);
            String text = id.equals(replaced) ? answer : "답변 " + i + ": 가까운 행정복지센터나 정부24에서 확인하세요.";
            jsonl.append(Json.createObjectBuilder()
                            .add("prompt", id)
                            .add("answer", text)
                            .build())
                    .append('\n');
        }
        return jsonl.toString();
    }

    @Test
    void aTeamNameSpelledThroughMarkdownIsFlaggedAndNeverShownToCitizens() throws Exception {
        int round = support.scheduleArenaRound(0);
        PageClient admin = administrator();
        String path = "admin/arena.xhtml?round=" + round;
        String token = find(UPLOAD_TOKEN, admin.get(path).body()).orElseThrow();
        upload(
                admin,
                round,
                "prompts",
                null,
                token,
                "prompts.jsonl",
                utf8("{\"id\":\"p-001\",\"category\":\"civic\",\"ko\":\"어떤 모델인가요?\"}\n"));
        Matcher forms = UPLOAD_TEAM.matcher(admin.get(path).body());
        assertTrue(forms.find());
        String code = forms.group(1);
        long team = Long.parseLong(forms.group(2));
        assertTrue(forms.find());
        long otherTeam = Long.parseLong(forms.group(2));

        // Each renders as a programme name on the battle page (업스테이지, Solar), though the raw Markdown does not spell
        // it.
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("emphasis", "저희는 업스*테*이지 모델입니다.");
        spellings.put("link", "저희는 [업스](https://example.kr)테이지 모델입니다.");
        spellings.put("Latin character reference", "S&#111;lar 모델입니다.");
        spellings.put("Hangul character reference", "저희는 업&#49828;테이지 모델입니다.");
        List<String> unflagged = new ArrayList<>();
        for (Map.Entry<String, String> spelling : spellings.entrySet()) {
            String answer = Json.createObjectBuilder()
                            .add("prompt", "p-001")
                            .add("answer", spelling.getValue())
                            .build() + "\n";
            Upload stored = upload(admin, round, "answers", team, token, "answers.jsonl", utf8(answer));
            assertTrue(stored.page().contains("id=\"answers-" + code + "-sha256\""), spelling.getKey() + ": accepted");
            if (!stored.page().contains("id=\"flag-" + code + "-p-001\"")) {
                unflagged.add(spelling.getKey());
            }
        }
        upload(
                admin,
                round,
                "answers",
                otherTeam,
                token,
                "answers.jsonl",
                utf8("{\"prompt\":\"p-001\",\"answer\":\"평범한 답변입니다.\"}\n"));

        support.openRound(round);
        String battle = newCitizen().get("arena.xhtml").body();
        String shownName = battle.contains("업스테이지") ? "업스테이지" : null;
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertEquals(
                        List.of(), unflagged, "every spelling of a programme name is flagged for the administrator"),
                () -> assertEquals(null, shownName, "no citizen's battle page shows a team's name"));
    }

    @Test
    void anAdministratorUploadsThePromptsAndAnswersAndEveryBadFileIsRefusedWithItsProblems() throws Exception {
        int round = support.scheduleArenaRound(0);
        PageClient admin = administrator();
        String path = "admin/arena.xhtml?round=" + round;
        String page = admin.get(path).body();
        assertTrue(page.contains("id=\"no-prompts\""), "nothing uploaded yet");
        String token = find(UPLOAD_TOKEN, page).orElseThrow();
        byte[] prompts = Files.readAllBytes(Path.of("examples/arena/prompts.jsonl"));

        // A forged upload token: 403, nothing stored.
        List<String> before = arenaTables();
        Upload forged = upload(admin, round, "prompts", null, "0".repeat(48), "prompts.jsonl", prompts);
        assertEquals(403, forged.status());
        assertEquals(before, arenaTables());
        assertEquals(0, support.auditEntries(round, "ARENA_PROMPTS_COMMITTED"));

        // The example file, in JSONL and in CSV, commits to its canonical form's digest.
        Upload committed = upload(admin, round, "prompts", null, token, "prompts.jsonl", prompts);
        assertEquals(Optional.of(EXAMPLE_COMMITMENT), commitment(committed.page()));
        assertTrue(committed.page().contains(KoreanText.of("arena.upload.prompts", EXAMPLE_COMMITMENT)));
        assertEquals(1, support.auditEntries(round, "ARENA_PROMPTS_COMMITTED"));
        Upload csv = upload(
                admin,
                round,
                "prompts",
                null,
                token,
                "prompts.csv",
                Files.readAllBytes(Path.of("examples/arena/prompts.csv")));
        assertEquals(
                Optional.of(EXAMPLE_COMMITMENT),
                commitment(csv.page()),
                "the CSV of the same prompts commits to the same digest");
        assertEquals(2, support.auditEntries(round, "ARENA_PROMPTS_COMMITTED"));
        assertTrue(
                commitment(admin.get("round.xhtml?number=" + round).body())
                        .filter(EXAMPLE_COMMITMENT::equals)
                        .isPresent(),
                "the commitment is public on the round page before the round opens");

        // Bad prompt files: each refused with its problem named, the commitment unchanged.
        String good = "{\"id\":\"p-001\",\"category\":\"civic\",\"ko\":\"질문\"}\n";
        byte[] invalidUtf8 =
                (good + "{\"id\":\"p-002\",\"category\":\"civic\",\"ko\":\"").getBytes(StandardCharsets.UTF_8);
        invalidUtf8 = java.util.Arrays.copyOf(invalidUtf8, invalidUtf8.length + 4);
        System.arraycopy(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}'}, 0, invalidUtf8, invalidUtf8.length - 4, 4);
        Map<String, Object[]> badPrompts = new LinkedHashMap<>();
        badPrompts.put("malformed", new Object[] {
            utf8(good + "{\"id\":\"p-002\",\"category\":\"civic\",\"ko\":\"질문\"\n"), "arena.file.json"
        });
        badPrompts.put("duplicate", new Object[] {utf8(good + good), "arena.prompt.idDuplicate", "p-001", "1"});
        badPrompts.put("oversized", new Object[] {
            utf8("{\"id\":\"p-001\",\"category\":\"civic\",\"ko\":\"" + "가".repeat(2731) + "\"}\n"),
            "arena.prompt.tooLong",
            8193,
            8192
        });
        badPrompts.put("invalid UTF-8", new Object[] {invalidUtf8, "arena.file.encoding"});
        List<String> committedTables = arenaTables();
        for (Map.Entry<String, Object[]> bad : badPrompts.entrySet()) {
            Object[] spec = bad.getValue();
            Upload refused = upload(admin, round, "prompts", null, token, bad.getKey() + ".jsonl", (byte[]) spec[0]);
            assertProblem(refused, (String) spec[1], java.util.Arrays.copyOfRange(spec, 2, spec.length));
            assertEquals(
                    Optional.of(EXAMPLE_COMMITMENT),
                    commitment(refused.page()),
                    bad.getKey() + ": the commitment stands");
        }
        assertEquals(committedTables, arenaTables(), "nothing stored");
        assertEquals(2, support.auditEntries(round, "ARENA_PROMPTS_COMMITTED"));

        // Bad answer files: refused, nothing stored, the team's answers still missing.
        Matcher teamForm = UPLOAD_TEAM.matcher(admin.get(path).body());
        assertTrue(teamForm.find(), "an answer upload form per team");
        String code = teamForm.group(1);
        long team = Long.parseLong(teamForm.group(2));
        Map<String, Object[]> badAnswers = new LinkedHashMap<>();
        badAnswers.put("incomplete", new Object[] {
            answers(null, null).lines().limit(9).map(l -> l + "\n").reduce("", String::concat),
            "arena.answer.missing",
            "p-010"
        });
        badAnswers.put("unknown prompt", new Object[] {
            answers(null, null) + "{\"prompt\":\"p-011\",\"answer\":\"답\"}\n", "arena.answer.unknownPrompt", "p-011"
        });
        badAnswers.put(
                "script", new Object[] {answers("p-003", "<script>alert(1)</script>"), "arena.answer.html", "p-003"});
        badAnswers.put("oversized", new Object[] {
            answers("p-004", "a".repeat(16 * 1024 + 1)), "arena.answer.tooLong", "p-004", 16385, 16384
        });
        for (Map.Entry<String, Object[]> bad : badAnswers.entrySet()) {
            Object[] spec = bad.getValue();
            Upload refused = upload(admin, round, "answers", team, token, "answers.jsonl", utf8((String) spec[0]));
            assertProblem(refused, (String) spec[1], java.util.Arrays.copyOfRange(spec, 2, spec.length));
            assertTrue(
                    refused.page().contains("id=\"answers-" + code + "-missing\""),
                    bad.getKey() + ": the team still has no answers");
            assertFalse(refused.page().contains("id=\"answers-" + code + "-sha256\""));
        }
        assertEquals(committedTables, arenaTables(), "nothing stored");

        // An answer naming a team is stored and flagged; excluding its prompt needs a reason.
        Upload flagged = upload(
                admin, round, "answers", team, token, "answers.jsonl", utf8(answers("p-005", "업스테이지의 Solar 모델입니다.")));
        assertTrue(flagged.page().contains("id=\"answers-" + code + "-sha256\""), "stored: " + flagged.page());
        assertTrue(flagged.page().contains("id=\"flag-" + code + "-p-005\""), "flagged for the administrator");
        assertEquals(1, support.roundAuditEntries(round, "ARENA_ANSWERS_UPLOADED"));
        String decideKey = team + "/p-005";
        HttpResponse<String> pageWithFlag = admin.get(path);
        List<String> flaggedTables = arenaTables();
        HttpResponse<String> noReason =
                admin.submit(path, pageWithFlag, "decide", "excludeButton", Map.of("flag", decideKey, "reason", ""));
        assertEquals(200, noReason.statusCode());
        assertTrue(noReason.body().contains(KoreanText.of("arena.reason.required")), "a reason is required");
        assertEquals(flaggedTables, arenaTables(), "the prompt is not excluded");
        assertEquals(0, support.roundAuditEntries(round, "ARENA_PROMPT_EXCLUDED"));
        HttpResponse<String> excluded = admin.submit(
                path, admin.get(path), "decide", "excludeButton", Map.of("flag", decideKey, "reason", "답변이 팀 이름을 드러냄"));
        assertTrue(excluded.body().contains(KoreanText.of("admin.arena.excludedPrompt", "p-005")), excluded.body());
        assertEquals(1, support.roundAuditEntries(round, "ARENA_PROMPT_EXCLUDED"));
        assertTrue(
                admin.get(path)
                        .body()
                        .matches("(?s).*<tr id=\"prompt-p-005\">.*?"
                                + Pattern.quote(KoreanText.of("admin.arena.excluded.yes")) + ": 답변이 팀 이름을 드러냄.*"),
                "the prompt is marked excluded with its reason");

        // Once the round has opened, its material is frozen.
        support.openRound(round);
        List<String> opened = arenaTables();
        Upload frozen = upload(admin, round, "prompts", null, token, "prompts.jsonl", utf8(good));
        assertTrue(
                frozen.page().contains(KoreanText.of("arena.material.frozen", String.valueOf(round))), frozen.page());
        assertEquals(Optional.of(EXAMPLE_COMMITMENT), commitment(frozen.page()));
        Upload frozenAnswers = upload(admin, round, "answers", team, token, "answers.jsonl", utf8(answers(null, null)));
        assertTrue(frozenAnswers.page().contains(KoreanText.of("arena.material.frozen", String.valueOf(round))));
        assertEquals(opened, arenaTables(), "nothing stored");
        assertEquals(2, support.auditEntries(round, "ARENA_PROMPTS_COMMITTED"));
        assertEquals(1, support.roundAuditEntries(round, "ARENA_ANSWERS_UPLOADED"));
    }
}
