package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An administrator declares a team's benchmark target, enters its measured score, and a visitor reads the per-benchmark figures. */
class BenchmarksBrowserIT extends BrowserTest {

    private void type(String label, String value) {
        WebElement field = browser.fieldLabelled(label);
        field.clear();
        field.sendKeys(value);
    }

    private void clickIn(WebElement section, String buttonId) {
        browser.clickAndLoad(
                section.findElement(By.xpath(".//input[@type='submit' and contains(@id, '" + buttonId + "')]")));
    }

    @Test
    void beforeTheRoundOpensAnAdministratorRecordsATeamsTargetFromTheRoundsPage() {
        int round = new TestSupportClient(baseUrl).scheduleAhead();
        signInAsAdministrator("admin/rounds.xhtml");
        browser.clickAndLoad(browser.find(By.id("benchmarks-" + round)));
        assertTrue(browser.find(By.id("benchmarks-heading")).getText().contains(String.valueOf(round)));

        WebElement section = browser.find(By.cssSelector("section[id^='team-']"));
        String sectionId = section.getAttribute("id");
        String team = section.findElement(By.tagName("h3")).getText();
        type(team + " — NIA 벤치마크 — 목표 모델", "GPT-4o");
        type(team + " — NIA 벤치마크 — 목표 점수", "80");
        type(team + " — 글로벌 개별 벤치마크 1 — 벤치마크", "KoBEST");
        type(team + " — 글로벌 개별 벤치마크 1 — 목표 점수", "0");
        clickIn(section, "saveTargets");
        assertTrue(browser.bodyText().contains("목표 점수는 0보다 커야 합니다"), browser.bodyText());

        section = browser.find(By.id(sectionId));
        type(team + " — 글로벌 개별 벤치마크 1 — 목표 점수", "70.5");
        clickIn(section, "saveTargets");
        assertTrue(browser.bodyText().contains("목표를 저장했습니다"), browser.bodyText());
        assertEquals("80", browser.fieldLabelled(team + " — NIA 벤치마크 — 목표 점수").getAttribute("value"));
        assertEquals(
                "KoBEST",
                browser.fieldLabelled(team + " — 글로벌 개별 벤치마크 1 — 벤치마크").getAttribute("value"));
    }

    @Test
    void afterOpeningAnAdministratorOverridesATargetWithAReasonEntersTheMeasuredScoreAndTheResultsShowIt() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("4,5", true);
        int round = (int) fixture[0];
        long teamId = fixture[1];
        signInAsAdministrator("admin/tally.xhtml?round=" + round);
        browser.clickAndLoad(browser.find(By.id("benchmark-summary-" + teamId)).findElement(By.tagName("a")));

        WebElement section = browser.find(By.id("team-" + teamId));
        String team = section.findElement(By.tagName("h3")).getText();
        type(team + " — NIA 벤치마크 — 목표 점수", "80");
        type(team + " — 목표 변경 사유", "목표 모델 점수 공식 발표치로 정정");
        clickIn(section, "saveTargets");
        assertTrue(browser.bodyText().contains("목표를 저장했습니다"), browser.bodyText());
        assertTrue(browser.find(By.id("overrides-table")).getText().contains("목표 모델 점수 공식 발표치로 정정"));

        section = browser.find(By.id("team-" + teamId));
        type(team + " — NIA 벤치마크 — 측정 점수", "100");
        clickIn(section, "saveMeasured");
        assertTrue(browser.bodyText().contains("측정 점수를 저장했습니다"), browser.bodyText());
        String row = browser.find(By.id("benchmark-" + teamId + "-0-0")).getText();
        assertTrue(row.contains("125.00 %") && row.contains("100%로 계산") && row.contains("10.00"), row);
        assertTrue(
                browser.find(By.id("benchmark-total-" + teamId)).getText().contains("16.00"),
                "NIA 10 + common 4 + team-chosen 2");

        support.publishResults(round);
        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        browser.open("results.xhtml?round=" + round);
        browser.settle();
        String published = browser.find(By.id("benchmark-" + teamId + "-0-0")).getText();
        assertTrue(
                published.contains("NIA 벤치마크")
                        && published.contains("80")
                        && published.contains("125.00 %")
                        && published.contains("10.00"),
                published);
        assertTrue(browser.find(By.id("benchmark-" + teamId + "-2-0")).getText().contains("팀 선택 벤치마크 1"));
        assertTrue(
                browser.find(By.id("result-" + teamId)).getText().contains("16.00"),
                "the benchmark points in the ranking");
        assertTrue(browser.find(By.id("benchmarks-csv"))
                .getAttribute("href")
                .endsWith("/api/rounds/" + round + "/benchmarks.csv"));
    }
}
