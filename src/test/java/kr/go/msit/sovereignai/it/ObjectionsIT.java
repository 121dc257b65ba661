package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An objection's life over HTTP, as an administrator and a visitor meet it: recorded during the
 * objection period on the administration page, listed by the open data and the results page,
 * keeping the result from being final past the period until it is decided, and in the audit chain.
 */
class ObjectionsIT extends HttpTest {

    private static boolean resultFinal(PageClient client, int round) throws Exception {
        String json = client.get("api/rounds/" + round + "/results").body();
        Matcher matcher =
                Pattern.compile("\"resultFinal\"\\s*:\\s*(true|false)").matcher(json);
        assertTrue(matcher.find(), json);
        return Boolean.parseBoolean(matcher.group(1));
    }

    @Test
    void anObjectionIsRecordedListedAndDecidedAndTheResultIsFinalOnlyOnceNoneIsOpen() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("5,4", true);
        int round = (int) fixture[0];
        long team = fixture[2];
        support.publishResults(round);
        PageClient admin = administrator();
        PageClient visitor = new PageClient(baseUrl.toURI());
        assertEquals(
                "[]", visitor.get("api/rounds/" + round + "/objections").body().replaceAll("\\s", ""), "none yet");

        String page = "admin/objections.xhtml?round=" + round;
        HttpResponse<String> recorded = admin.submit(
                page,
                admin.get(page),
                "record",
                "recordButton",
                Map.of(
                        "team",
                        String.valueOf(team),
                        "filedBy",
                        "시험 팀 나 컨소시엄",
                        "grounds",
                        "사용자 평가 집계 누락",
                        "evidenceUrl",
                        "https://example.kr/objection.pdf"));
        assertTrue(recorded.body().contains("이의신청을 기록했습니다"), recorded.body());

        String listed = visitor.get("api/rounds/" + round + "/objections").body();
        assertTrue(listed.contains("\"status\":\"OPEN\"") || listed.contains("\"status\" : \"OPEN\""), listed);
        assertTrue(listed.contains("사용자 평가 집계 누락") && listed.contains("https://example.kr/objection.pdf"), listed);
        assertTrue(
                visitor.get("results.xhtml?round=" + round).body().contains("사용자 평가 집계 누락"),
                "the results page lists it");
        assertEquals(1, support.auditEntries(round, "OBJECTION_RECORDED"));

        support.endObjectionPeriod(round);
        assertFalse(resultFinal(visitor, round), "the period is over but an objection is open: not final");
        assertTrue(visitor.get("results.xhtml?round=" + round).body().contains("id=\"objections-pending\""));
        HttpResponse<String> late = admin.submit(
                page,
                admin.get(page),
                "record",
                "recordButton",
                Map.of("team", String.valueOf(team), "filedBy", "늦은 신청인", "grounds", "기간 뒤 신청", "evidenceUrl", ""));
        assertTrue(late.body().contains("이의신청 기간이 아닙니다"), "no objection after the period");

        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(listed);
        assertTrue(id.find(), listed);
        HttpResponse<String> noRationale = admin.submit(
                page,
                admin.get(page),
                "decide",
                "decideButton",
                Map.of("objection", id.group(1), "decision", "DISMISSED", "rationale", ""));
        assertTrue(noRationale.body().contains("결정 사유를 입력하세요"), "a decision needs its rationale");
        assertFalse(resultFinal(visitor, round));

        HttpResponse<String> decided = admin.submit(
                page,
                admin.get(page),
                "decide",
                "decideButton",
                Map.of("objection", id.group(1), "decision", "DISMISSED", "rationale", "사용자 평가단 점수표 전부 집계됨을 재확인"));
        assertTrue(decided.body().contains("이의신청 결정을 기록했습니다"), decided.body());
        String after = visitor.get("api/rounds/" + round + "/objections").body();
        assertTrue(after.contains("DISMISSED") && after.contains("사용자 평가단 점수표 전부 집계됨을 재확인"), after);
        assertTrue(resultFinal(visitor, round), "period over and nothing open: final");
        assertEquals(1, support.auditEntries(round, "OBJECTION_DECIDED"));
        assertEquals("intact", support.auditChain());
    }

    @Test
    void anUpheldObjectionIsCorrectedOnTheTallyPageAndRepublishedAsASecondVersionThatTheOpenDataAndStatusesFollow()
            throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("5,4", true);
        int round = (int) fixture[0];
        long strong = fixture[1];
        support.publishResults(round);
        PageClient admin = administrator();
        PageClient visitor = new PageClient(baseUrl.toURI());
        String firstOutcome =
                outcomeOf(visitor.get("api/rounds/" + round + "/results").body(), strong);
        assertNotEquals("DISQUALIFIED", firstOutcome);

        String objections = "admin/objections.xhtml?round=" + round;
        admin.submit(
                objections,
                admin.get(objections),
                "record",
                "recordButton",
                Map.of(
                        "team",
                        String.valueOf(strong),
                        "filedBy",
                        "시험 팀 나 컨소시엄",
                        "grounds",
                        "시험 팀 가의 모델이 해외 모델을 미세조정한 것",
                        "evidenceUrl",
                        ""));
        String listed = visitor.get("api/rounds/" + round + "/objections").body();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(listed);
        assertTrue(id.find(), listed);
        String tally = "admin/tally.xhtml?round=" + round;
        assertFalse(
                admin.get(tally).body().contains("id=\"correction-open\""),
                "no correction before an objection is upheld");

        HttpResponse<String> upheld = admin.submit(
                objections,
                admin.get(objections),
                "decide",
                "decideButton",
                Map.of("objection", id.group(1), "decision", "UPHELD", "rationale", "가중치 독자 개발 기준 미충족 확인"));
        assertTrue(upheld.body().contains("집계 화면에서 입력을 정정한 뒤"), upheld.body());
        assertTrue(visitor.get("results.xhtml?round=" + round).body().contains("id=\"correction-pending\""));
        assertTrue(visitor.get("api/rounds/" + round + "/results")
                .body()
                .matches("(?s).*\"correctionOpen\"\\s*:\\s*true.*"));

        // The administrator corrects the eligibility decision the objection concerns, on the tally page.
        HttpResponse<String> page = admin.get(tally);
        assertTrue(page.body().contains("id=\"correction-open\""), "the tally page says a correction is open");
        Matcher row = Pattern.compile("id=\"inputs-" + strong + "\"(?s).*?name=\"inputs:teams:(\\d+):decision\"")
                .matcher(page.body());
        assertTrue(row.find(), "the team's inputs are editable again");
        String index = row.group(1);
        HttpResponse<String> corrected = admin.submit(
                tally,
                page,
                "inputs",
                "teams:" + index + ":saveEligibility",
                Map.of("teams:" + index + ":decision", "FAIL", "teams:" + index + ":rationale", "독자성 기준 미충족(이의신청 인용)"));
        assertTrue(corrected.body().contains("id=\"republish\""), corrected.body());
        HttpResponse<String> noReason =
                admin.submit(tally, corrected, "republish", "republishButton", Map.of("reason", "", "confirm", "on"));
        assertTrue(noReason.body().contains("다시 발표하는 사유"), "a republication needs its reason");
        HttpResponse<String> republished = admin.submit(
                tally,
                admin.get(tally),
                "republish",
                "republishButton",
                Map.of("reason", "이의신청 인용: 시험 팀 가 적격성 판정 정정", "confirm", "on"));
        assertTrue(
                republished.statusCode() == 302 || republished.body().contains("정정 결과를 새 판으로 발표했습니다"),
                republished.body());

        String latest = visitor.get("api/rounds/" + round + "/results").body();
        assertTrue(latest.matches("(?s).*\"version\"\\s*:\\s*2.*"), latest);
        assertTrue(latest.matches("(?s).*\"correctionOpen\"\\s*:\\s*false.*"), latest);
        assertEquals("DISQUALIFIED", outcomeOf(latest, strong));
        assertTrue(latest.contains("이의신청 인용: 시험 팀 가 적격성 판정 정정"), "the version says why");
        assertTrue(
                latest.matches("(?s).*\"figure\"\\s*:\\s*\"OUTCOME\"\\s*,\\s*\"before\"\\s*:\\s*\"" + firstOutcome
                        + "\"\\s*,\\s*\"after\"\\s*:\\s*\"DISQUALIFIED\".*"),
                "and what changed: " + latest);
        assertEquals(
                firstOutcome,
                outcomeOf(
                        visitor.get("api/rounds/" + round + "/results?version=1")
                                .body(),
                        strong),
                "version 1 stays as it was announced");
        assertEquals(
                404, visitor.get("api/rounds/" + round + "/results?version=3").statusCode());
        assertTrue(visitor.get("api/rounds/" + round + "/results.csv?version=1")
                .body()
                .contains(firstOutcome));
        assertEquals("DISQUALIFIED", support.teamStatus(strong), "the team's status follows the latest version");
        assertTrue(visitor.get("api/rounds/" + round + "/objections")
                .body()
                .matches("(?s).*\"correctedInVersion\"\\s*:\\s*2.*"));

        String results = visitor.get("results.xhtml?round=" + round).body();
        assertTrue(
                results.contains("id=\"result-versions\"") && results.contains("id=\"result-version-2\""),
                "the page lists both versions");
        assertTrue(results.contains("이의신청 인용: 시험 팀 가 적격성 판정 정정"));
        assertTrue(visitor.get("results.xhtml?round=" + round + "&version=1")
                .body()
                .contains("id=\"earlier-version\""));
        assertEquals(
                404, visitor.get("results.xhtml?round=" + round + "&version=9").statusCode());
        assertFalse(admin.get(tally).body().contains("id=\"republish\""), "the correction is closed");
        assertEquals(1, support.auditEntries(round, "RESULT_REPUBLISHED"));
        assertEquals("intact", support.auditChain());
    }

    /** A team's outcome in a results JSON. */
    private static String outcomeOf(String json, long team) {
        Matcher matcher = Pattern.compile("\"teamId\"\\s*:\\s*" + team + "\\b[^}]*?\"outcome\"\\s*:\\s*\"([A-Z]+)\"")
                .matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    @Test
    void theOpenDataAnswers404ForObjectionsOfAnUnpublishedOrUnknownRound() throws Exception {
        int scheduled = new TestSupportClient(baseUrl).scheduleAhead();
        PageClient visitor = new PageClient(baseUrl.toURI());
        assertEquals(404, visitor.get("api/rounds/" + scheduled + "/objections").statusCode());
        assertEquals(404, visitor.get("api/rounds/99999/objections").statusCode());
    }

    @Test
    void everyEliminatedTeamsWaiverEndsTheObjectionPeriodEarlyOnTheResultsPageAndInTheJsonWithTheSnapshotShown()
            throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("5,4", true);
        int round = (int) fixture[0];
        support.publishResults(round);
        PageClient admin = administrator();
        PageClient visitor = new PageClient(baseUrl.toURI());
        String json = visitor.get("api/rounds/" + round + "/results").body();
        assertTrue(
                json.matches("(?s).*\"inputsSha256\"\\s*:\\s*\"[0-9a-f]{64}\".*"), "version 1 is a snapshot: " + json);
        assertTrue(json.matches("(?s).*\"auditHeadHash\"\\s*:\\s*\"[0-9a-f]{64}\".*"), json);
        assertTrue(
                visitor.get("results.xhtml?round=" + round).body().contains("id=\"result-inputs-digest\""),
                "shown with the version");
        assertFalse(resultFinal(visitor, round));

        Matcher affected = Pattern.compile(
                        "\"teamId\"\\s*:\\s*(\\d+)[^}]*?\"outcome\"\\s*:\\s*\"(?:ELIMINATED|DISQUALIFIED)\"")
                .matcher(json);
        java.util.List<String> teams = new java.util.ArrayList<>();
        while (affected.find()) {
            teams.add(affected.group(1));
        }
        assertFalse(teams.isEmpty(), json);
        String page = "admin/objections.xhtml?round=" + round;
        String now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul"))
                .withSecond(0)
                .withNano(0)
                .toString();
        HttpResponse<String> unnamed = admin.submit(
                page,
                admin.get(page),
                "waiver",
                "waiverButton",
                Map.of("waiverTeam", teams.get(0), "waivedBy", "", "waivedAt", now, "waiverForm", "WRITTEN"));
        assertTrue(unnamed.body().contains("포기 의사를 밝힌 사람을 입력하세요"), "who waived is required");
        for (int i = 0; i < teams.size(); i++) {
            assertFalse(resultFinal(visitor, round), "not final while a team may still object");
            HttpResponse<String> waived = admin.submit(
                    page,
                    admin.get(page),
                    "waiver",
                    "waiverButton",
                    Map.of(
                            "waiverTeam",
                            teams.get(i),
                            "waivedBy",
                            "팀 대표 " + i,
                            "waivedAt",
                            now,
                            "waiverForm",
                            "OFFICIAL_LETTER"));
            assertTrue(waived.body().contains("이의신청 포기를 기록했습니다"), waived.body());
        }

        String after = visitor.get("api/rounds/" + round + "/results").body();
        assertTrue(after.matches("(?s).*\"objectionPeriodEndedEarly\"\\s*:\\s*true.*"), after);
        assertTrue(
                after.contains("팀 대표 0") && after.contains("OFFICIAL_LETTER"), "the waivers are in the JSON: " + after);
        assertTrue(resultFinal(visitor, round), "every eliminated team waived: final at once");
        String results = visitor.get("results.xhtml?round=" + round).body();
        assertTrue(
                results.contains("id=\"objection-period-ended-early\"") && results.contains("팀 대표 0"),
                "and on the results page");
        assertEquals(teams.size(), support.auditEntries(round, "OBJECTION_WAIVED"));
        HttpResponse<String> late = admin.submit(
                page,
                admin.get(page),
                "record",
                "recordButton",
                Map.of("team", teams.get(0), "filedBy", "늦은 신청인", "grounds", "포기 뒤 신청", "evidenceUrl", ""));
        assertTrue(late.body().contains("이의신청 기간이 아닙니다"), "the period is over");
        assertEquals("intact", support.auditChain());
    }
}
