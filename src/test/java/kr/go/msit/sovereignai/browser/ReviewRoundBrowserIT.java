package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An administrator postpones, closes, reviews the tally and publishes; a visitor reads the results. */
class ReviewRoundBrowserIT extends BrowserTest {

    @Test
    void anAdministratorCancelsAScheduledRoundAndTheHomePageShowsItCancelledWithTheReason() {
        int round = new TestSupportClient(baseUrl).scheduleAhead();
        signInAsAdministrator("admin/rounds.xhtml");
        new Select(browser.find(By.id("cancel:round"))).selectByValue(String.valueOf(round));
        browser.find(By.id("cancel:reasonKo")).sendKeys("최종 평가 일정 재조정");
        browser.clickAndLoad(browser.find(By.id("cancel:cancelButton")));
        assertTrue(browser.bodyText().contains("단계평가를 취소했습니다"), browser.bodyText());
        assertTrue(browser.find(By.id("status-" + round)).getText().contains("취소"));

        browser.open("");
        browser.settle();
        WebElement item = browser.find(By.id("timeline-round-" + round));
        assertTrue(item.getText().contains("취소"), item.getText());
        assertTrue(item.getText().contains("최종 평가 일정 재조정"), "the reason is public: " + item.getText());
        assertFalse(item.getText().contains("개 팀 탈락"), "a cancelled round eliminates nobody: " + item.getText());
    }

    @Test
    void anAdministratorPostponesARoundAndTheHomePageShowsTheNotice() {
        int round = new TestSupportClient(baseUrl).scheduleAhead();
        signInAsAdministrator("admin/rounds.xhtml");

        new Select(browser.fieldLabelled("회차")).selectByValue(String.valueOf(round));
        LocalDate day = LocalDate.now().plusDays(60);
        // Chromium's datetime-local control takes its value as text in this form.
        browser.script("document.getElementById('"
                + browser.fieldLabelled("새 시작 일시 (한국 시간)").getAttribute("id") + "').value='" + day + "T09:00';"
                + "document.getElementById('"
                + browser.fieldLabelled("새 종료 일시 (한국 시간)").getAttribute("id") + "').value='" + day.plusDays(14)
                + "T18:00';");
        browser.fieldLabelled("사유 (한국어, 필수)").sendKeys("평가 데이터 준비 지연");
        browser.fieldLabelled("사유 (영어, 선택)").sendKeys("Evaluation data not ready");
        browser.clickAndLoad(browser.find(By.id("postpone:postponeButton")));
        assertTrue(browser.bodyText().contains("일정을 변경했습니다"), browser.bodyText());

        browser.open("");
        browser.settle();
        WebElement notice = browser.find(By.id("timeline-round-" + round + "-postponed"));
        assertTrue(notice.getText().contains("평가 데이터 준비 지연"), notice.getText());
        String newStart = day.getYear() + "년 " + day.getMonthValue() + "월 " + day.getDayOfMonth() + "일";
        assertTrue(notice.getText().contains(newStart), "the new window is shown: " + notice.getText());
        assertTrue(
                notice.getText().contains("과학기술정보통신부"), "decided by the ministry, not an account: " + notice.getText());
    }

    @Test
    void anAdministratorClosesARoundReviewsTheTallyPublishesAndAVisitorSeesTheResults() {
        long[] fixture = new TestSupportClient(baseUrl).roundReadyToTally("4,5", false);
        int round = (int) fixture[0];
        long disqualified = fixture[1];
        long eliminated = fixture[2];
        signInAsAdministrator("admin/rounds.xhtml");

        browser.find(By.xpath("//tr[.//span[@id='status-" + round + "']]//button[contains(@id, 'close')]"))
                .click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.settle();
        assertTrue(
                browser.showsText(By.id("status-" + round), "마감"),
                "the round shows as closed: "
                        + browser.find(By.id("status-" + round)).getText());

        browser.clickAndLoad(browser.find(By.id("tally-" + round)));
        assertTrue(browser.find(By.id("tally-heading")).getText().contains(String.valueOf(round)));
        WebElement inputs = browser.find(By.id("inputs-" + disqualified));
        String teamName = inputs.findElement(By.tagName("h3")).getText();
        new Select(browser.fieldLabelled(teamName + " — 적격성 판정")).selectByValue("FAIL");
        browser.fieldLabelled(teamName + " — 판정 근거").sendKeys("가중치를 처음부터 학습하지 않음");
        browser.clickAndLoad(browser.find(By.id("inputs-" + disqualified))
                .findElement(By.xpath(".//input[@type='submit' and contains(@id, 'saveEligibility')]")));

        assertTrue(browser.find(By.id("tally-row-" + disqualified)).getText().contains("부적격 탈락"), browser.bodyText());
        String eliminatedRow = browser.find(By.id("tally-row-" + eliminated)).getText();
        assertTrue(
                eliminatedRow.contains("탈락") && !eliminatedRow.contains("부적격"),
                "eliminated on points: " + eliminatedRow);

        browser.clickAndLoad(browser.find(By.id("publish:publishButton")));
        assertTrue(browser.bodyText().contains("확인란에 표시하세요"), "publication needs the confirmation");
        browser.fieldLabelled("잠정 집계를 검토했으며 이 결과를 발표합니다.").click();
        browser.clickAndLoad(browser.find(By.id("publish:publishButton")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("results.xhtml"),
                browser.driver().getCurrentUrl());
        assertTrue(browser.bodyText().contains("결과를 발표했습니다"));

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        browser.open("results.xhtml?round=" + round);
        browser.settle();
        assertTrue(browser.find(By.id("results-title")).getText().contains("제" + round + "차"));
        assertTrue(
                browser.find(By.id("objection-notice")).getText().contains("까지 이의신청을 받습니다"),
                "the objection period is running");
        String row = browser.find(By.id("result-" + disqualified)).getText();
        assertTrue(row.contains("부적격 탈락") && row.contains("가중치를 처음부터 학습하지 않음"), row);
        String eliminatedResult = browser.find(By.id("result-" + eliminated)).getText();
        assertTrue(eliminatedResult.contains("탈락") && !eliminatedResult.contains("부적격"), eliminatedResult);
        assertTrue(
                browser.find(By.id("results-average")).getText().matches("(?s).*평균.*\\d+\\.\\d{2}.*"),
                "averages per section");
        java.util.List<WebElement> rows = browser.find(By.id("results-table")).findElements(By.cssSelector("tbody tr"));
        assertEquals(
                "result-" + disqualified,
                rows.get(rows.size() - 1).getAttribute("id"),
                "a disqualified team is listed last, without rank");
        assertTrue(
                browser.find(By.id("results-chart"))
                                .findElements(By.cssSelector("[role='img']"))
                                .size()
                        >= 3,
                "a bar per team");
        assertTrue(browser.find(By.id("results-csv"))
                .getAttribute("href")
                .endsWith("/api/rounds/" + round + "/results.csv"));
    }

    @Test
    void anAdministratorUpholdsAnObjectionCorrectsTheEligibilityAndRepublishesAndAVisitorSeesBothVersions() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        long[] fixture = support.roundReadyToTally("5,3", true);
        int round = (int) fixture[0];
        long objected = fixture[1];
        support.publishResults(round);
        signInAsAdministrator("admin/objections.xhtml?round=" + round);

        new Select(browser.find(By.id("record:team"))).selectByValue(String.valueOf(objected));
        browser.find(By.id("record:filedBy")).sendKeys("경쟁 컨소시엄");
        browser.find(By.id("record:grounds")).sendKeys("해외 모델 가중치를 미세조정한 모델");
        browser.clickAndLoad(browser.find(By.id("record:recordButton")));
        new Select(browser.find(By.id("decide:decision"))).selectByValue("UPHELD");
        browser.find(By.id("decide:rationale")).sendKeys("독자성 기준 미충족 확인");
        browser.clickAndLoad(browser.find(By.id("decide:decideButton")));
        assertTrue(browser.bodyText().contains("집계 화면에서 입력을 정정한 뒤"), browser.bodyText());

        browser.clickAndLoad(browser.find(By.id("correct-on-tally")));
        assertTrue(browser.find(By.id("correction-open")).isDisplayed());
        String teamName = browser.find(By.id("inputs-" + objected))
                .findElement(By.tagName("h3"))
                .getText();
        new Select(browser.fieldLabelled(teamName + " — 적격성 판정")).selectByValue("FAIL");
        browser.fieldLabelled(teamName + " — 판정 근거").sendKeys("독자성 기준 미충족(이의신청 인용)");
        browser.clickAndLoad(browser.find(By.id("inputs-" + objected))
                .findElement(By.xpath(".//input[@type='submit' and contains(@id, 'saveEligibility')]")));
        assertTrue(browser.find(By.id("tally-row-" + objected)).getText().contains("부적격 탈락"), browser.bodyText());
        browser.fieldLabelled("다시 발표하는 사유 (무엇을 왜 정정했는지, 필수)").sendKeys("이의신청 인용에 따른 적격성 판정 정정");
        browser.fieldLabelled("정정한 잠정 집계를 검토했으며 이 결과를 새 판으로 발표합니다.").click();
        browser.clickAndLoad(browser.find(By.id("republish:republishButton")));
        assertTrue(browser.bodyText().contains("정정 결과를 새 판으로 발표했습니다"), browser.bodyText());

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        browser.open("results.xhtml?round=" + round);
        browser.settle();
        assertTrue(
                browser.find(By.id("result-" + objected)).getText().contains("부적격 탈락"), "the latest version is shown");
        String version2 = browser.find(By.id("result-version-2")).getText();
        assertTrue(
                version2.contains("이의신청 인용에 따른 적격성 판정 정정") && version2.contains("결과:") && version2.contains("→ 부적격 탈락"),
                "what changed and why: " + version2);
        browser.clickAndLoad(browser.find(By.id("result-version-1")).findElement(By.tagName("a")));
        assertTrue(browser.find(By.id("earlier-version")).getText().contains("제1판"), browser.bodyText());
        assertFalse(
                browser.find(By.id("result-" + objected)).getText().contains("부적격"), "version 1 as it was announced");
    }

    @Test
    void anAdministratorPublishesNamingOnlyTheFirstAndLastRankAndTheResultsPageSaysWhenTheRestIsReleased() {
        long[] fixture = new TestSupportClient(baseUrl).roundReadyToTally("4,5", true);
        int round = (int) fixture[0];
        long secondToLast = fixture[1];
        long last = fixture[2];
        signInAsAdministrator("admin/tally.xhtml?round=" + round);

        assertTrue(browser.fieldLabelled("전체 공개 (기본)").isSelected(), "full disclosure is the default");
        assertTrue(
                browser.find(By.id("disclosure-choice")).getText().contains("이의신청 기간이 끝날 때"),
                "the page says when the rest is released");
        browser.fieldLabelled("1위와 최하위만 공개").click();
        browser.fieldLabelled("잠정 집계를 검토했으며 이 결과를 발표합니다.").click();
        browser.clickAndLoad(browser.find(By.id("publish:publishButton")));
        assertTrue(browser.bodyText().contains("결과를 발표했습니다"), browser.bodyText());

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        browser.open("results.xhtml?round=" + round);
        browser.settle();
        String notice = browser.find(By.id("figures-withheld")).getText();
        assertTrue(notice.contains("공개 예정") && notice.contains("나머지 순위와 점수는 이의신청 기간이 끝나는"), notice);
        String withheld = browser.find(By.id("result-" + secondToLast)).getText();
        assertTrue(
                withheld.contains("공개 예정") && !withheld.matches("(?s).*\\d+\\.\\d{2}.*"),
                "no figures for the other ranks: " + withheld);
        assertTrue(
                browser.find(By.id("result-" + last)).getText().matches("(?s).*\\d+\\.\\d{2}.*"),
                "the last rank is named with its figures");
        assertTrue(
                browser.driver().findElements(By.id("results-average")).isEmpty(),
                "no averages while figures are withheld");
        assertEquals(
                2,
                browser.find(By.id("results-chart"))
                        .findElements(By.cssSelector("[role='img']"))
                        .size(),
                "bars only for the first and the last rank");
    }

    @Test
    void beforeARoundOpensAnAdministratorSetsItsPointsPerComponentAndEditsARubric() {
        int round = new TestSupportClient(baseUrl).scheduleAhead();
        signInAsAdministrator("admin/scoring.xhtml?round=" + round);

        WebElement userPanel = browser.fieldLabelled("사용자 평가단 (배점)");
        userPanel.clear();
        userPanel.sendKeys("14");
        browser.clickAndLoad(browser.find(By.id("weights:saveWeights")));
        assertTrue(browser.bodyText().contains("합계가 100이어야 합니다(지금 99)"), browser.bodyText());

        browser.fieldLabelled("국민 평가 (배점)").clear();
        browser.fieldLabelled("국민 평가 (배점)").sendKeys("0");
        browser.fieldLabelled("사용자 평가단 (배점)").clear();
        browser.fieldLabelled("사용자 평가단 (배점)").sendKeys("25");
        browser.clickAndLoad(browser.find(By.id("weights:saveWeights")));
        assertTrue(browser.bodyText().contains("배점을 저장했습니다"), browser.bodyText());
        assertEquals(
                "0", browser.fieldLabelled("국민 평가 (배점)").getAttribute("value").replace(".0", ""));

        WebElement firstExpertLine = browser.find(By.cssSelector("input[id$='labelKo']"));
        firstExpertLine.clear();
        firstExpertLine.sendKeys("모델 독자성");
        browser.clickAndLoad(firstExpertLine.findElement(
                By.xpath("ancestor::form//input[@type='submit' and contains(@id, 'save')]")));
        browser.open("admin/scoring.xhtml?round=" + round);
        browser.settle();
        assertEquals(
                "모델 독자성",
                browser.find(By.cssSelector("input[id$='labelKo']")).getAttribute("value"),
                "the rubric change was stored");
    }
}
