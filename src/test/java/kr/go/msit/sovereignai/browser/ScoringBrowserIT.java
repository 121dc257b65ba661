package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A reviewer sets a password, declares a conflict, saves a draft, comes back and submits. */
class ScoringBrowserIT extends BrowserTest {

    private List<WebElement> scoreInputs() {
        return browser.driver().findElements(By.cssSelector("input[id$=':score']"));
    }

    @Test
    void aReviewerSavesADraftComesBackAndSubmitsAndTheConflictedTeamIsNotOffered() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int round = support.openFreshRound();
        String[] reviewer = support.createAssignedReviewer(round);

        browser.open("set-password.xhtml?link=" + reviewer[1]);
        browser.fieldLabelled("비밀번호").sendKeys("reviewer-password-1");
        browser.fieldLabelled("비밀번호 확인").sendKeys("reviewer-password-1");
        browser.clickAndLoad(browser.find(By.id("setPassword:save")));
        assertTrue(browser.bodyText().contains("비밀번호를 설정했습니다"));
        browser.fieldLabelled("이메일").sendKeys(reviewer[0]);
        browser.fieldLabelled("비밀번호").sendKeys("reviewer-password-1");
        browser.clickAndLoad(browser.find(By.id("login:submit")));
        assertEquals("평가위원 콘솔", browser.find(By.id("expert-title")).getText());

        new Select(browser.fieldLabelled("팀")).selectByVisibleText("업스테이지");
        new Select(browser.fieldLabelled("유형")).selectByVisibleText("고용");
        browser.fieldLabelled("관련 기관").sendKeys("업스테이지");
        browser.clickAndLoad(browser.find(By.id("declare:declareButton")));
        WebElement assignment = browser.find(By.id("assignment-" + round));
        assertFalse(assignment.getText().contains("업스테이지"), "the conflicted team is not offered");
        assertTrue(assignment.getText().contains("LG AI연구원"));

        browser.clickAndLoad(assignment.findElement(By.linkText("LG AI연구원")));
        assertFalse(scoreInputs().isEmpty(), browser.bodyText());
        scoreInputs().get(0).sendKeys("10");
        browser.clickAndLoad(browser.find(By.id("sheet:save")));
        assertTrue(browser.bodyText().contains("임시 저장했습니다."));

        browser.clickAndLoad(browser.find(By.linkText("← 평가위원 콘솔로")));
        assertTrue(browser.find(By.id("assignment-" + round)).getText().contains("임시 저장"));
        browser.clickAndLoad(browser.find(By.id("assignment-" + round)).findElement(By.linkText("LG AI연구원")));
        assertEquals("10.0", scoreInputs().get(0).getAttribute("value"), "the draft was kept");

        scoreInputs().get(1).sendKeys("11.5");
        scoreInputs().get(2).sendKeys("9");
        browser.fieldLabelled("평가 의견").sendKeys("기술 보고서와 학습 로그를 검토함");
        browser.loadAfter(() -> {
            browser.find(By.id("sheet:submit")).click();
            browser.driver().switchTo().alert().accept();
        });
        assertTrue(browser.bodyText().contains("제출했습니다. 평가표가 잠겼습니다."), browser.bodyText());
        assertTrue(browser.find(By.id("locked-notice")).isDisplayed());
        assertFalse(scoreInputs().get(0).isEnabled(), "a submitted sheet is locked");
        assertTrue(browser.find(By.id("sheet-total")).getText().contains("30.5"));
    }

    @Test
    void aCitizenCannotOpenTheReviewerConsole() {
        signUpConfirmedCitizen("not-a-reviewer-" + UUID.randomUUID() + "@example.kr", "시민", "citizen-password-1");
        browser.open("expert/");
        assertEquals("접근 권한이 없습니다", browser.find(By.id("error-title")).getText());
    }
}
