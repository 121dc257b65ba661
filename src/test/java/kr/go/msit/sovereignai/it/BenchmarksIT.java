package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Named benchmarks over HTTP, as an administrator meets them on the benchmarks page: the plan and
 * targets are free before the round opens; afterwards a target changes only with a reason, kept
 * and audited; measured scores give the achievement and points that the published results, the
 * open data and the results page show per benchmark.
 */
class BenchmarksIT extends HttpTest {

    /** Review 1's plan: the NIA benchmark first, 13 global common ones, then two chosen by each team. */
    private static final int NIA = 0;

    private static final int FIRST_TEAM_CHOSEN = 14;

    /** The repeat index of a team's section on the benchmarks page ("teams:teams:N:..."). */
    private static String teamPrefix(String html, long teamId) {
        int section = html.indexOf("id=\"team-" + teamId + "\"");
        assertTrue(section >= 0, "the team's section");
        Matcher name = Pattern.compile("name=\"(teams:teams:\\d+):").matcher(html);
        assertTrue(name.find(section), "the team's fields");
        return name.group(1).substring("teams:".length());
    }

    /** The id of the first team listed on the benchmarks page. */
    private static long firstTeam(String html) {
        Matcher section = Pattern.compile("id=\"team-(\\d+)\"").matcher(html);
        assertTrue(section.find(), html);
        return Long.parseLong(section.group(1));
    }

    private static HttpResponse<String> save(
            PageClient admin,
            String path,
            HttpResponse<String> page,
            String prefix,
            String button,
            Map<String, String> fields)
            throws Exception {
        Map<String, String> named = new LinkedHashMap<>();
        fields.forEach((field, value) -> named.put(prefix + ":" + field, value));
        return admin.submit(path, page, "teams", prefix + ":" + button, named);
    }

    @Test
    void beforeTheRoundOpensThePlanAndTheTargetsAreFreeAndBadInputChangesNothing() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        String path = "admin/benchmarks.xhtml?round=" + round;
        HttpResponse<String> page = admin.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"plan:savePlan\""), "the plan may change before opening");
        assertFalse(page.body().contains("saveMeasured"), "nothing is measured before opening");
        long team = firstTeam(page.body());
        String prefix = teamPrefix(page.body(), team);

        List<String> before = support.tableDigests("team_benchmark", "benchmark_target_override");
        HttpResponse<String> zero =
                save(admin, path, page, prefix, "saveTargets", Map.of("figures:" + NIA + ":target", "0"));
        assertTrue(zero.body().contains("field__error\">목표 점수는 0보다 커야 합니다"), "next to the field: " + zero.body());
        HttpResponse<String> fine = save(
                admin, path, admin.get(path), prefix, "saveTargets", Map.of("figures:" + NIA + ":target", "1.23456"));
        assertTrue(
                fine.body().contains("field__error\">숫자만 입력하세요: 정수 4자리까지, 소수점 뒤 4자리까지"),
                "next to the field: " + fine.body());
        HttpResponse<String> nameless = save(
                admin,
                path,
                admin.get(path),
                prefix,
                "saveTargets",
                Map.of("figures:" + FIRST_TEAM_CHOSEN + ":target", "70", "figures:" + FIRST_TEAM_CHOSEN + ":name", ""));
        assertTrue(nameless.body().contains("field__error\">벤치마크 이름을 입력하세요"), nameless.body());
        assertEquals(
                before, support.tableDigests("team_benchmark", "benchmark_target_override"), "refused: nothing stored");

        page = admin.get(path);
        HttpResponse<String> declared = save(
                admin,
                path,
                page,
                prefix,
                "saveTargets",
                Map.of(
                        "figures:" + NIA + ":target",
                        "80",
                        "figures:" + NIA + ":model",
                        "GPT-4o",
                        "figures:" + FIRST_TEAM_CHOSEN + ":name",
                        "KoBEST",
                        "figures:" + FIRST_TEAM_CHOSEN + ":target",
                        "70.5"));
        assertTrue(declared.body().contains("목표를 저장했습니다"), declared.body());
        assertTrue(
                declared.body().contains("value=\"KoBEST\"") && declared.body().contains("value=\"70.5\""),
                "kept and shown");
        assertEquals(
                1,
                support.teamAuditEntries(round, "BENCHMARK_TARGET_DECLARED"),
                "one audit entry for the team's declaration");
        assertEquals(support.tableDigest("benchmark_target_override"), before.get(1), "no override before opening");

        // The plan: a common benchmark renamed; points that do not add up are refused.
        page = admin.get(path);
        HttpResponse<String> wrongSum = admin.submit(path, page, "plan", "savePlan", Map.of("parts:0:maxPoints", "12"));
        assertTrue(wrongSum.body().contains("항목 배점의 합계가 벤치마크 배점 40과 같아야 합니다(지금 42)"), wrongSum.body());
        HttpResponse<String> renamed =
                admin.submit(path, admin.get(path), "plan", "savePlan", Map.of("parts:0:names", "KMMLU-NIA"));
        assertTrue(renamed.body().contains("벤치마크 구성을 저장했습니다"), renamed.body());
        assertTrue(renamed.body().contains("KMMLU-NIA"), "the NIA benchmark has its new name");
        assertEquals(1, support.auditEntries(round, "BENCHMARK_PLAN_CHANGED"));
    }

    @Test
    void afterOpeningATargetChangeNeedsAReasonIsKeptAndTheMeasuredScoresGiveThePublishedFigures() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        // Every team declared 100 on every benchmark before opening; the stronger fixture team measured 20 on each.
        long[] fixture = support.roundReadyToTally("4,5", true);
        int round = (int) fixture[0];
        long team = fixture[1];
        PageClient admin = administrator();
        assertTrue(
                admin.get("admin/benchmarks.xhtml?round=" + round).body().contains("id=\"edit-" + team + "\""),
                "one team's fields at a time: the others link to theirs");
        String path = "admin/benchmarks.xhtml?round=" + round + "&team=" + team;
        HttpResponse<String> page = admin.get(path);
        assertFalse(page.body().contains("id=\"plan:savePlan\""), "the plan is frozen once the round has opened");
        assertTrue(page.body().contains("벤치마크 점수: 8.00"), "20 % of 40 points");
        String prefix = teamPrefix(page.body(), team);

        List<String> before = support.tableDigests("team_benchmark", "benchmark_target_override");
        HttpResponse<String> unreasoned =
                save(admin, path, page, prefix, "saveTargets", Map.of("figures:" + NIA + ":target", "80"));
        assertTrue(unreasoned.body().contains("바꾸려면 사유를 입력하세요"), unreasoned.body());
        assertEquals(
                before, support.tableDigests("team_benchmark", "benchmark_target_override"), "refused: nothing stored");

        HttpResponse<String> overridden = save(
                admin,
                path,
                admin.get(path),
                prefix,
                "saveTargets",
                Map.of("figures:" + NIA + ":target", "80", "reason", "목표 모델 점수 공식 발표치로 정정"));
        assertTrue(overridden.body().contains("목표를 저장했습니다"), overridden.body());
        assertTrue(
                overridden.body().contains("id=\"overrides-table\"")
                        && overridden.body().contains("목표 모델 점수 공식 발표치로 정정"),
                "the override is shown with its reason");
        assertEquals(1, support.teamAuditEntries(round, "BENCHMARK_TARGET_OVERRIDDEN"));

        HttpResponse<String> negative = save(
                admin, path, admin.get(path), prefix, "saveMeasured", Map.of("figures:" + NIA + ":measured", "-3"));
        assertTrue(negative.body().contains("field__error\">측정 점수는 0 이상이어야 합니다"), negative.body());
        HttpResponse<String> text = save(
                admin, path, admin.get(path), prefix, "saveMeasured", Map.of("figures:" + NIA + ":measured", "높음"));
        assertEquals(200, text.statusCode());
        assertFalse(text.body().contains("측정 점수를 저장했습니다"), "a word is not a score");
        HttpResponse<String> measured = save(
                admin, path, admin.get(path), prefix, "saveMeasured", Map.of("figures:" + NIA + ":measured", "100"));
        assertTrue(measured.body().contains("측정 점수를 저장했습니다"), measured.body());
        assertTrue(
                measured.body().contains("125 %") || measured.body().contains("125.00 %"),
                "100 of 80: 125 %, shown uncapped");
        // NIA capped at 10, common 20 x 20 % = 4, team-chosen 10 x 20 % = 2.
        assertTrue(measured.body().contains("벤치마크 점수: 16.00"), measured.body());

        support.publishResults(round);
        PageClient visitor = new PageClient(baseUrl.toURI());
        String json = visitor.get("api/rounds/" + round + "/results").body();
        // Only the stronger fixture team has 16.00 benchmark points (the others 36.00 and 4.00) and a 125 %
        // achievement.
        assertTrue(json.contains("\"benchmark\":16.00"), json);
        Matcher nia = Pattern.compile("\\{[^{}]*\"achievementPercent\":125\\.00[^{}]*\\}")
                .matcher(json);
        assertTrue(nia.find(), json);
        String figure = nia.group();
        assertTrue(
                figure.contains("\"points\":10.00")
                        && figure.contains("\"target\":80")
                        && figure.contains("\"measured\":100")
                        && figure.contains("\"benchmark\":\"NIA 벤치마크\"")
                        && figure.contains("\"partEn\":\"NIA benchmark\""),
                figure);
        assertTrue(json.contains("\"benchmark\":\"팀 선택 벤치마크 1\""), "a team-chosen benchmark under its team's name");

        String csv = visitor.get("api/rounds/" + round + "/benchmarks.csv").body();
        String[] rows = csv.split("\r\n");
        assertEquals(
                "team_id,team_name_ko,team_name_en,part_ko,part_en,benchmark,target_model,target,measured,achievement_percent,points",
                rows[0]);
        assertTrue(csv.contains(team + ",") && csv.contains(",NIA 벤치마크,목표 모델,80,100,125.00,10.00"), csv);

        String results = visitor.get("results.xhtml?round=" + round).body();
        assertTrue(
                results.contains("id=\"benchmarks-" + team + "\"")
                        && results.contains("id=\"benchmark-" + team + "-0-0\""),
                "per-benchmark figures");

        String frozen = admin.get(path).body();
        assertFalse(
                frozen.contains("saveTargets") || frozen.contains("saveMeasured"), "nothing changes once published");
    }
}
