package kr.go.msit.sovereignai.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;

/**
 * The programme as it ran in 2026, replayed through the pages an administrator and citizens use,
 * then read back as the public sees it. Review 1 with the five seeded consortia: Naver Cloud
 * fourth on points but disqualified for the originality rule (weights not trained from scratch),
 * NC AI last on points and eliminated, so three teams go on; Naver Cloud's objection recorded and
 * dismissed with a rationale; Motif Technologies added by the additional call while review 2 is
 * scheduled, given GPUs, and competing in it; review 2 with four teams for three places; the final review moved
 * to February 2027. The home page's timeline, the results pages and the open data must tell that story.
 *
 * <p>It runs on a server of its own ({@link StandaloneServer}, freshly seeded database): the shared
 * Arquillian server's rounds and team statuses are consumed and changed by every other test class,
 * so the seeded programme can only be replayed from its start on a database nobody else touches.
 * Time is the real clock: the seeded windows of 2026 have passed when this runs, so the replay is
 * the sequence of events, not their dates. Review 1's window passed before the server ran (it waits
 * as missed) and gets a window from now; the platform then keeps the six-month interval for the later
 * reviews; review 2 gets its window from now once Motif has joined; the final gets a February 2027
 * window, as the ministry announced. Administrators' actions go through the real pages
 * ({@link PageClient}: postponement, close, benchmark entry, eligibility, publication, objections,
 * team registration, GPU allocation); citizens cast ballots on the ballot page. Review 2's points are made up (the
 * story fixes only four teams for three places); no expert score sheets are entered (benchmark and
 * public points decide), as other tests cover the panels.
 */
class Programme2026ReplayIT {

    private static final int PORT_OFFSET = Integer.getInteger("fault.port.offset", 200);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String ORIGINALITY = "독자성 기준 미충족: 모델 가중치를 처음부터(from scratch) 학습하지 않음";
    private static final String OBJECTION_GROUNDS = "독자성 판정에 이의: 공개 모델 가중치는 일부 구성요소에만 쓰였음";
    private static final String DISMISSAL = "재검토 결과 핵심 구성요소의 가중치도 처음부터 학습되지 않아 독자성 기준 미충족 판정을 유지함";
    /** The timeline's line for review 1: two teams out of five, one on points and one disqualified. */
    private static final String REVIEW1_TOLD = "5개 팀 중 1개 팀 탈락, 1개 팀 부적격 탈락 → 3개 팀";

    private static final String FINAL_MOVED_KO = "최종 평가 일정을 2026년 말에서 2027년 2월로 조정";
    private static final String FINAL_MOVED_EN = "The final review moved from the end of 2026 to February 2027";

    @Test
    void theProgrammeAsItRanIn2026IsToldByTheTimelineResultsAndOpenData() throws Exception {
        Path jbossHome =
                Path.of(Objects.requireNonNull(System.getProperty("jboss.home"), "jboss.home is passed by failsafe"));
        try (StandaloneServer server = new StandaloneServer(
                jbossHome,
                Path.of("target/programme-replay").toAbsolutePath(),
                PORT_OFFSET,
                ServerDatabase.fresh("platform_replay"))) {
            server.start();
            replay(server, new TestSupportClient(server.uri().toURL()));
        }
    }

    private void replay(StandaloneServer server, TestSupportClient support) throws Exception {
        PageClient admin = new PageClient(server.uri());
        assertTrue(admin.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        PageClient visitor = new PageClient(server.uri());
        List<PageClient> citizens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PageClient citizen = new PageClient(server.uri());
            assertTrue(citizen.signUp("citizen-" + i + "@replay.example", "시민 " + i, "citizen-password-1"));
            citizens.add(citizen);
        }
        assertTrue(
                support.roundState(1).contains("SCHEDULED (missed)"),
                "review 1's window passed before the platform ran: " + support.roundState(1));

        // ------------------------------------------------------------ review 1: five teams
        chooseRatingBallot(
                admin, 1); // 2026's user evaluation was never a blind arena: the replay keeps the rating ballot
        declareTargets(admin, 1); // before it opens: the teams' declared targets are free until then
        ZonedDateTime now = ZonedDateTime.now(KoreanTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        assertAdminMessage(
                postpone(
                        admin,
                        1,
                        now,
                        now.plusDays(14),
                        "1차 단계평가를 플랫폼에서 진행 (평가 기간이 플랫폼 도입 전에 지나감)",
                        "Review 1 runs on the platform (its window passed before the platform was in use)"),
                "제1차 단계평가 일정을 변경했습니다");
        assertTrue(support.roundState(1).contains(" OPEN "), "the new window has begun: " + support.roundState(1));
        for (PageClient citizen : citizens) {
            castBallot(citizen, 5);
        }
        closeNow(admin, 0, 1);

        String tally1 = "admin/tally.xhtml?round=1";
        Map<String, Integer> rates1 = new LinkedHashMap<>();
        rates1.put("LG AI연구원", 95);
        rates1.put("SK텔레콤", 90);
        rates1.put("업스테이지", 85);
        rates1.put("네이버클라우드", 80); // fourth on points ...
        rates1.put("NC AI", 70);
        Map<String, Long> teamIds = enterMeasuredScores(admin, 1, rates1);
        assertEquals(5, teamIds.size(), "review 1's ballot has the five seeded consortia: " + teamIds);
        for (String team : rates1.keySet()) {
            boolean naver = team.equals("네이버클라우드"); // ... but disqualified for the originality rule
            decideEligibility(admin, tally1, team, naver ? "FAIL" : "PASS", naver ? ORIGINALITY : "독자성 기준 충족");
        }
        publish(admin, tally1, 1);

        String results1 = visitor.get("api/rounds/1/results").body();
        // Review 1's benchmark part: the NIA benchmark, 13 global common ones and 2 chosen by each team, each
        // scored as achievement against the team's declared target.
        assertTrue(
                results1.contains("선택 벤치마크 2") && results1.matches("(?s).*\"achievementPercent\"\\s*:\\s*95\\.00.*"),
                "the per-benchmark figures are open data: " + results1);
        assertTrue(
                visitor.get("api/rounds/1/benchmarks.csv").body().lines().count() > 5 * 16,
                "a row per team and benchmark");
        assertLine(results1, "Naver Cloud", null, "DISQUALIFIED", ORIGINALITY);
        assertLine(results1, "NC AI", 4, "ELIMINATED", null);
        assertLine(results1, "LG AI Research", 1, "ADVANCES", null);
        assertLine(results1, "SK Telecom", 2, "ADVANCES", null);
        assertLine(results1, "Upstage", 3, "ADVANCES", null);
        String csv1 = visitor.get("api/rounds/1/results.csv").body();
        assertTrue(
                csvRow(csv1, "Naver Cloud").startsWith(",")
                        && csvRow(csv1, "Naver Cloud").contains("DISQUALIFIED")
                        && csvRow(csv1, "Naver Cloud").contains(ORIGINALITY),
                csv1);
        assertTrue(
                csvRow(csv1, "NC AI").startsWith("4,") && csvRow(csv1, "NC AI").contains("ELIMINATED"), csv1);
        String page1 = visitor.get("results.xhtml?round=1").body();
        assertTrue(
                row(page1, teamIds.get("네이버클라우드")).contains("부적격 탈락")
                        && row(page1, teamIds.get("네이버클라우드")).contains(ORIGINALITY),
                page1);
        assertTrue(
                row(page1, teamIds.get("NC AI")).contains("탈락")
                        && row(page1, teamIds.get("NC AI")).contains("<td>4</td>"),
                page1);

        // ------------------------------------------------------------ the objection period
        String objections = "admin/objections.xhtml?round=1";
        assertAdminMessage(
                admin.submit(
                        objections,
                        admin.get(objections),
                        "record",
                        "recordButton",
                        Map.of(
                                "team",
                                String.valueOf(teamIds.get("네이버클라우드")),
                                "filedBy",
                                "네이버클라우드 컨소시엄",
                                "grounds",
                                OBJECTION_GROUNDS,
                                "evidenceUrl",
                                "")),
                "이의신청을 기록했습니다");
        Matcher objection = Pattern.compile("\"id\"\\s*:\\s*(\\d+)")
                .matcher(visitor.get("api/rounds/1/objections").body());
        assertTrue(objection.find());
        assertAdminMessage(
                admin.submit(
                        objections,
                        admin.get(objections),
                        "decide",
                        "decideButton",
                        Map.of("objection", objection.group(1), "decision", "DISMISSED", "rationale", DISMISSAL)),
                "이의신청 결정을 기록했습니다");
        support.endObjectionPeriod(1);
        assertTrue(
                field(visitor.get("api/rounds/1/results").body(), "resultFinal").equals("true"),
                "the result of review 1 is final");

        // ------------------------------------------------------------ the additional call: Motif joins review 2
        HttpResponse<String> teamPage = admin.get("admin/teams.xhtml");
        assertTrue(teamPage.body().contains("새 팀은 제2차 단계평가부터 경쟁합니다"), "the team form says which review Motif joins");
        assertAdminMessage(
                admin.submit(
                        "admin/teams.xhtml",
                        teamPage,
                        "teamForm",
                        "save",
                        Map.of(
                                "nameKo",
                                "모티프테크놀로지스",
                                "nameEn",
                                "Motif Technologies",
                                "leadOrganisation",
                                "모티프테크놀로지스",
                                "memberOrganisations",
                                "",
                                "modelName",
                                "Motif",
                                "demoUrl",
                                "")),
                "모티프테크놀로지스 팀을 등록했습니다");
        HttpResponse<String> gpuPage = admin.get("admin/gpus.xhtml");
        Matcher motif = Pattern.compile("<option value=\"(\\d+)\"[^>]*>모티프테크놀로지스</option>")
                .matcher(gpuPage.body());
        assertTrue(motif.find(), "Motif can be given GPUs");
        assertAdminMessage(
                admin.submit(
                        "admin/gpus.xhtml",
                        gpuPage,
                        "allocationForm",
                        "save",
                        Map.of(
                                "teamId_input",
                                motif.group(1),
                                "supplier",
                                "과학기술정보통신부",
                                "accelerator",
                                "NVIDIA B200 / H200 (정부 임차분)",
                                "quantity",
                                "",
                                "allocatedFrom",
                                "2026-02-20",
                                "note",
                                "추가 공모 선정 팀 GPU 지원")),
                "GPU 기록을 저장했습니다");
        assertTrue(
                visitor.get("gpus.xhtml").body().contains("team.xhtml?code=motif-technologies\">모티프테크놀로지스</a>"),
                "the public GPU ledger shows Motif's GPUs");
        assertTrue(
                visitor.get("team.xhtml?code=motif-technologies")
                        .body()
                        .matches("(?s).*참여 시작</dt>\\s*<dd>2차 단계평가</dd>.*"),
                "Motif's page says it competes from review 2");
        String home = visitor.get("").body();
        assertTrue(
                timelineEntry(home, 1).contains(REVIEW1_TOLD),
                "review 1 left three teams of five: " + timelineEntry(home, 1));
        assertTrue(
                timelineEntry(home, 2).contains("4개 팀 중 1개 팀 탈락 예정 → 3개 팀"),
                "four teams for three places: " + timelineEntry(home, 2));
        assertTrue(
                timelineEntry(home, 3).contains("3개 팀 중 1개 팀 탈락 예정 → 2개 팀")
                        && timelineEntry(home, 3).contains("최종 2개 팀 선정"),
                "the final leaves two: " + timelineEntry(home, 3));

        // ------------------------------------------------------------ review 2: four teams for three places
        chooseRatingBallot(admin, 2);
        declareTargets(admin, 2);
        now = ZonedDateTime.now(KoreanTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        assertAdminMessage(
                postpone(
                        admin,
                        2,
                        now,
                        now.plusDays(14),
                        "추가 공모(모티프테크놀로지스 선정) 뒤 2차 단계평가 일정 확정",
                        "Review 2 set after the additional call selected Motif Technologies"),
                "제2차 단계평가 일정을 변경했습니다");
        assertTrue(support.roundState(2).contains(" OPEN "), support.roundState(2));
        for (PageClient citizen : citizens) {
            castBallot(citizen, 4);
        }
        closeNow(admin, 1, 2);
        String tally2 = "admin/tally.xhtml?round=2";
        Map<String, Integer> rates2 = new LinkedHashMap<>();
        rates2.put("SK텔레콤", 94);
        rates2.put("LG AI연구원", 93);
        rates2.put("업스테이지", 88);
        rates2.put("모티프테크놀로지스", 75);
        Map<String, Long> review2Teams = enterMeasuredScores(admin, 2, rates2);
        assertEquals(rates2.keySet(), review2Teams.keySet(), "review 2's ballot: the three left and Motif");
        publish(admin, tally2, 2);

        String results2 = visitor.get("api/rounds/2/results").body();
        assertLine(results2, "SK Telecom", 1, "ADVANCES", null);
        assertLine(results2, "LG AI Research", 2, "ADVANCES", null);
        assertLine(results2, "Upstage", 3, "ADVANCES", null);
        assertLine(results2, "Motif Technologies", 4, "ELIMINATED", null);
        assertFalse(
                results2.contains("Naver Cloud") || results2.contains("NC AI"),
                "teams out after review 1 are not in review 2");
        assertTrue(csvRow(visitor.get("api/rounds/2/results.csv").body(), "Motif Technologies")
                .startsWith("4,"));
        support.endObjectionPeriod(2);

        // ------------------------------------------------------------ the final moves to February 2027
        assertAdminMessage(
                postpone(
                        admin,
                        3,
                        ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, KoreanTime.ZONE),
                        ZonedDateTime.of(2027, 2, 16, 0, 0, 0, 0, KoreanTime.ZONE),
                        FINAL_MOVED_KO,
                        FINAL_MOVED_EN),
                "제3차 단계평가 일정을 변경했습니다");

        // ------------------------------------------------------------ the story as the public reads it
        home = visitor.get("").body();
        String review1 = timelineEntry(home, 1);
        assertTrue(
                review1.contains("timeline__item--PUBLISHED")
                        && review1.contains(REVIEW1_TOLD)
                        && review1.contains("id=\"timeline-results-1\""),
                review1);
        String review2 = timelineEntry(home, 2);
        assertTrue(
                review2.contains("timeline__item--PUBLISHED")
                        && review2.contains("4개 팀 중 1개 팀 탈락 → 3개 팀")
                        && review2.contains("모티프테크놀로지스 선정"),
                review2);
        String review3 = timelineEntry(home, 3);
        assertTrue(
                review3.contains("timeline__item--SCHEDULED")
                        && review3.contains("2027년 2월 1일 ~ 2027년 2월 15일")
                        && review3.contains(FINAL_MOVED_KO)
                        && review3.contains("3개 팀 중 1개 팀 탈락 예정 → 2개 팀")
                        && review3.contains("최종 2개 팀 선정"),
                review3);
        List<String> inTheRace = List.of("업스테이지", "SK텔레콤", "LG AI연구원");
        String race = home.substring(home.indexOf("id=\"teams-in-the-race\""));
        race = race.substring(0, race.indexOf("</ul>"));
        for (String team : List.of("네이버클라우드", "NC AI", "모티프테크놀로지스")) {
            assertFalse(race.contains(">" + team + "<"), team + " is no longer in the race");
        }
        for (String team : inTheRace) {
            assertTrue(race.contains(">" + team + "<"), team + " is in the race");
        }

        String rounds = visitor.get("api/rounds").body();
        String final3 = roundData(rounds, 3);
        assertTrue(final3.matches("(?s).*\"status\"\\s*:\\s*\"SCHEDULED\".*"), final3);
        assertTrue(
                final3.matches("(?s).*\"window\"\\s*:\\s*\\{\\s*\"opensAt\"\\s*:\\s*\"2027-01-31T15:00:00Z\"\\s*,\\s*"
                        + "\"closesAt\"\\s*:\\s*\"2027-02-15T15:00:00Z\".*"),
                "the final's window, 1-15 February 2027 KST: " + final3);
        assertTrue(final3.contains(FINAL_MOVED_KO) && final3.contains(FINAL_MOVED_EN), final3);
        assertTrue(roundData(rounds, 1).matches("(?s).*\"status\"\\s*:\\s*\"PUBLISHED\".*"));

        String objectionData = visitor.get("api/rounds/1/objections").body();
        assertTrue(
                objectionData.matches("(?s).*\"status\"\\s*:\\s*\"DISMISSED\".*")
                        && objectionData.contains(DISMISSAL)
                        && objectionData.contains(OBJECTION_GROUNDS)
                        && objectionData.contains("\"teamNameEn\"")
                        && objectionData.contains("Naver Cloud"),
                objectionData);
        String page1After = visitor.get("results.xhtml?round=1").body();
        assertTrue(
                page1After.contains(OBJECTION_GROUNDS) && page1After.contains(DISMISSAL) && page1After.contains("기각"),
                "the results page lists the dismissed objection");
        assertFalse(page1After.contains("id=\"objections-pending\""));
        assertEquals("intact", support.auditChain());
        keepForReading(
                visitor,
                "",
                "results.xhtml?round=1",
                "results.xhtml?round=2",
                "round.xhtml?number=1",
                "round.xhtml?number=2",
                "round.xhtml?number=3",
                "teams.xhtml",
                "api/rounds",
                "api/rounds/1/results",
                "api/rounds/1/results.csv",
                "api/rounds/2/results",
                "api/rounds/2/results.csv",
                "api/rounds/1/objections");
    }

    /** The public pages and open data at the end of the replay, under target/programme-replay/public, for a person to read the story. */
    private static void keepForReading(PageClient visitor, String... paths) throws Exception {
        Path dir = Path.of("target/programme-replay/public");
        java.nio.file.Files.createDirectories(dir);
        for (String path : paths) {
            String name = path.isEmpty()
                    ? "index.html"
                    : path.replaceAll("[^A-Za-z0-9.]+", "_") + (path.startsWith("api") ? ".txt" : ".html");
            java.nio.file.Files.writeString(dir.resolve(name), visitor.get(path).body());
        }
    }

    // ---------------------------------------------------------------- what administrators and citizens do

    private static HttpResponse<String> postpone(
            PageClient admin,
            int round,
            ZonedDateTime opensAt,
            ZonedDateTime closesAt,
            String reasonKo,
            String reasonEn)
            throws Exception {
        HttpResponse<String> page = admin.get("admin/rounds.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("round", String.valueOf(round));
        fields.put("opensAt", LOCAL_INPUT.format(opensAt));
        fields.put("closesAt", LOCAL_INPUT.format(closesAt));
        fields.put("reasonKo", reasonKo);
        fields.put("reasonEn", reasonEn);
        return admin.submit("admin/rounds.xhtml", page, "postpone", "postponeButton", fields);
    }

    /** "Close now" in the rounds table ({@code row} is the round's row, the rounds in order). */
    private static void closeNow(PageClient admin, int row, int round) throws Exception {
        HttpResponse<String> page = admin.get("admin/rounds.xhtml");
        assertTrue(
                page.body().contains("rounds:roundTable:" + row + ":close"),
                "review " + round + " can be closed on the page");
        assertAdminMessage(
                admin.submit("admin/rounds.xhtml", page, "rounds", "roundTable:" + row + ":close", Map.of()),
                round + "차 평가를 마감했습니다");
    }

    private static void castBallot(PageClient citizen, int rating) throws Exception {
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(PageClient.ratingGroups(page.body()).isEmpty(), "the ballot has the round's teams");
        assertTrue(
                PageClient.receipt(citizen.castBallot(page, group -> rating).body())
                        .isPresent(),
                "the ballot was accepted");
    }

    /** The teams on a round's benchmarks page, by Korean name, with their ids. */
    private static Map<String, Long> benchmarkTeams(PageClient admin, int round) throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        Matcher sections = Pattern.compile("id=\"team-(\\d+)\">\\s*<h3>([^<]*)</h3>")
                .matcher(admin.get("admin/benchmarks.xhtml?round=" + round).body());
        while (sections.find()) {
            ids.put(sections.group(2).strip(), Long.parseLong(sections.group(1)));
        }
        return ids;
    }

    /**
     * Fills, on a team's benchmarks form, every field of the given kinds ("target", "name", "measured")
     * with its value (a team-chosen benchmark's name numbered, as names must differ), then presses the button.
     */
    private static void saveBenchmarks(
            PageClient admin, int round, long team, Map<String, String> values, String button, String saved)
            throws Exception {
        String path = "admin/benchmarks.xhtml?round=" + round + "&team=" + team;
        HttpResponse<String> page = admin.get(path);
        Matcher inputs = Pattern.compile("name=\"teams:(teams:\\d+):(figures:\\d+:(target|name|measured))\"")
                .matcher(page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        String prefix = null;
        int named = 0;
        while (inputs.find()) {
            prefix = inputs.group(1);
            String value = values.get(inputs.group(3));
            if (value != null) {
                fields.put(
                        inputs.group(1) + ":" + inputs.group(2),
                        inputs.group(3).equals("name") ? value + " " + ++named : value);
            }
        }
        assertTrue(prefix != null && !fields.isEmpty(), "the team's benchmark fields: " + page.body());
        assertAdminMessage(admin.submit(path, page, "teams", prefix + ":" + button, fields), saved);
    }

    /** Before a round opens: its citizens rate the teams (a new round is a blind arena unless an administrator chooses otherwise). */
    private static void chooseRatingBallot(PageClient admin, int round) throws Exception {
        String path = "admin/arena.xhtml?round=" + round;
        HttpResponse<String> page = admin.get(path);
        assertAdminMessage(
                admin.submit(
                        path,
                        page,
                        "rules",
                        "saveRules",
                        Map.of("mode", "RATING", "seed", String.valueOf(round), "replicates", "1000", "cap", "30")),
                "국민 평가 방식을 저장했습니다");
    }

    /** Before a round opens: every team declares a target of 100 on each benchmark (so a measured score is its achievement). */
    private static void declareTargets(PageClient admin, int round) throws Exception {
        Map<String, Long> teams = benchmarkTeams(admin, round);
        assertFalse(teams.isEmpty(), "the round's teams are on its benchmarks page");
        for (long team : teams.values()) {
            saveBenchmarks(admin, round, team, Map.of("target", "100", "name", "선택 벤치마크"), "saveTargets", "목표를 저장했습니다");
        }
    }

    /** Enters every team's measured score (the same on each benchmark); the teams' ids by Korean name. */
    private static Map<String, Long> enterMeasuredScores(PageClient admin, int round, Map<String, Integer> scores)
            throws Exception {
        Map<String, Long> ids = benchmarkTeams(admin, round);
        for (Map.Entry<String, Integer> team : scores.entrySet()) {
            assertTrue(ids.containsKey(team.getKey()), team.getKey() + " is on the benchmarks page: " + ids.keySet());
            saveBenchmarks(
                    admin,
                    round,
                    ids.get(team.getKey()),
                    Map.of("measured", String.valueOf(team.getValue())),
                    "saveMeasured",
                    "측정 점수를 저장했습니다");
        }
        return ids;
    }

    private static void decideEligibility(PageClient admin, String path, String team, String decision, String rationale)
            throws Exception {
        HttpResponse<String> page = admin.get(path);
        List<String> order = new ArrayList<>();
        Matcher sections =
                Pattern.compile("id=\"inputs-\\d+\">\\s*<h3>([^<]*)</h3>").matcher(page.body());
        while (sections.find()) {
            order.add(sections.group(1).strip());
        }
        int i = order.indexOf(team);
        assertTrue(i >= 0, team + " is on the tally page");
        assertAdminMessage(
                admin.submit(
                        path,
                        page,
                        "inputs",
                        "teams:" + i + ":saveEligibility",
                        Map.of("teams:" + i + ":decision", decision, "teams:" + i + ":rationale", rationale)),
                "적격성 판정을 저장했습니다");
        assertTrue(admin.get(path).body().contains(rationale), "the decision for " + team + " is on record");
    }

    private static void publish(PageClient admin, String path, int round) throws Exception {
        HttpResponse<String> page = admin.get(path);
        assertFalse(page.body().contains("id=\"tally-blockers\""), "nothing blocks publication: " + page.body());
        HttpResponse<String> published =
                admin.submit(path, page, "publish", "publishButton", Map.of("confirm", "on", "disclosure", "FULL"));
        assertTrue(published.statusCode() < 400, "publication answered " + published.statusCode());
        assertAdminMessage(admin.get("admin/rounds.xhtml"), "<span id=\"status-" + round + "\">결과 발표</span>");
    }

    /** A refusal shows an error; an accepted action its message. */
    private static void assertAdminMessage(HttpResponse<String> response, String expected) {
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("id=\"error-title\""), response.body());
        assertFalse(
                response.body().contains("ui-messages-error") || response.body().contains("message--error"),
                response.body());
        assertTrue(response.body().contains(expected), "expected \"" + expected + "\" in " + response.body());
    }

    // ---------------------------------------------------------------- reading what the public sees

    /** The team's object in a results JSON: its rank (null for none), outcome and reason. */
    private static void assertLine(String json, String nameEn, Integer rank, String outcome, String reason) {
        String line = teamObject(json, nameEn);
        assertEquals(rank == null ? "null" : String.valueOf(rank), field(line, "rank"), nameEn + ": " + line);
        assertEquals("\"" + outcome + "\"", field(line, "outcome"), nameEn + ": " + line);
        if (reason != null) {
            assertEquals("\"" + reason + "\"", field(line, "reason"), nameEn + ": " + line);
        }
    }

    /** A team's object, up to its per-benchmark figures (nested objects of their own). */
    private static String teamObject(String json, String nameEn) {
        Matcher objects = Pattern.compile("\\{[^{}]*?\"figuresWithheld\"\\s*:\\s*(true|false)")
                .matcher(json);
        while (objects.find()) {
            if (objects.group().matches("(?s).*\"nameEn\"\\s*:\\s*\"" + Pattern.quote(nameEn) + "\".*")) {
                return objects.group();
            }
        }
        throw new AssertionError(nameEn + " not in " + json);
    }

    /** A JSON field's raw value (a string with its quotes, a number, true, false or null). */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)")
                .matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }

    private static String csvRow(String csv, String nameEn) {
        return csv.lines()
                .filter(line -> line.contains("," + nameEn + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError(nameEn + " not in " + csv));
    }

    private static String row(String html, long teamId) {
        int start = html.indexOf("id=\"result-" + teamId + "\"");
        assertTrue(start >= 0, "team " + teamId + " on the results page");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static String timelineEntry(String html, int round) {
        int id = html.indexOf("id=\"timeline-round-" + round + "\"");
        assertTrue(id >= 0, "review " + round + " on the timeline");
        int start = html.lastIndexOf("<li", id);
        int next = html.indexOf("id=\"timeline-round-" + (round + 1) + "\"", id);
        return html.substring(start, next > 0 ? html.lastIndexOf("<li", next) : html.indexOf("</ol>", id));
    }

    /** One round's object in GET /api/rounds (from its number to the next round's). */
    private static String roundData(String json, int round) {
        Matcher start =
                Pattern.compile("\\{\\s*\"number\"\\s*:\\s*" + round + "\\s*,").matcher(json);
        assertTrue(start.find(), "review " + round + " in " + json);
        Matcher next = Pattern.compile("\\{\\s*\"number\"\\s*:\\s*" + (round + 1) + "\\s*,")
                .matcher(json);
        return json.substring(start.start(), next.find(start.end()) ? next.start() : json.length());
    }
}
