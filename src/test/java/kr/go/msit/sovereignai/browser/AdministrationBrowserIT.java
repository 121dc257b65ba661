package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator edits teams, reviewers and the GPU ledger in the administration pages; the public sees the changes. */
class AdministrationBrowserIT extends BrowserTest {

    @Test
    void anAdministratorEditsATeamWithValidationAndThePublicPageShowsIt() {
        signInAsAdministrator("admin/teams.xhtml");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/admin/teams.xhtml"),
                "sign-in returns to the page asked for");

        WebElement ncRow = browser.find(By.xpath("//tr[td[contains(., 'NC AI / NC AI')]]"));
        ncRow.findElement(By.xpath(".//button")).click();
        browser.settle();
        WebElement nameKo = browser.fieldLabelled("한글 이름");
        assertEquals("NC AI", nameKo.getAttribute("value"));

        nameKo.clear();
        browser.find(By.id("teamForm:save")).click();
        browser.settle();
        WebElement nameKoField =
                browser.find(By.xpath("//div[contains(@class,'field')][.//input[@id='teamForm:nameKo']]"));
        assertTrue(
                nameKoField.getText().contains("한글 이름을 입력하세요."),
                "the message is next to the field: " + nameKoField.getText());

        browser.fieldLabelled("한글 이름").sendKeys("NC AI");
        WebElement model = browser.fieldLabelled("모델 이름");
        model.clear();
        model.sendKeys("VARCO LLM 2.0");
        browser.find(By.id("teamForm:save")).click();
        browser.settle();
        assertTrue(browser.bodyText().contains("NC AI 팀 정보를 저장했습니다."), browser.bodyText());

        browser.open("team.xhtml?code=nc-ai");
        assertEquals("VARCO LLM 2.0", browser.find(By.id("team-model")).getText());
    }

    @Test
    void anAdministratorCreatesAReviewerSeesTheLinkOnceAndFollowsScoring() {
        signInAsAdministrator("admin/teams.xhtml");
        browser.open("admin/reviewers.xhtml");
        browser.fieldLabelled("이메일").sendKeys("panel-" + java.util.UUID.randomUUID() + "@it.example");
        browser.fieldLabelled("표시 이름").sendKeys("외부 전문가");
        new org.openqa.selenium.support.ui.Select(browser.fieldLabelled("패널")).selectByVisibleText("사용자 평가");
        browser.clickAndLoad(browser.find(By.id("createReviewer:create")));
        String link = browser.find(By.id("setup-link")).getText();
        assertTrue(link.contains("/set-password.xhtml?link="), link);
        assertTrue(browser.find(By.id("reviewers")).getText().contains("외부 전문가"));

        browser.open("admin/rounds.xhtml");
        browser.settle();
        assertTrue(browser.find(By.id("missed-1")).isDisplayed(), "administrators see that review 1 was missed");
        assertTrue(browser.bodyText().contains("새 평가 기간으로 연기해야 열립니다"), "and what to do about it");

        browser.open("admin/scoring.xhtml?round=1");
        browser.settle();
        assertTrue(browser.bodyText().contains("1차 평가 채점 현황과 평가 기준"));
        assertEquals(
                "개발 전략",
                browser.find(By.cssSelector("input[id$='labelKo']")).getAttribute("value"),
                "the default expert rubric");
        browser.open("");
        assertFalse(browser.bodyText().contains("외부 전문가"), "panel membership is not on public pages");
    }

    @Test
    void anAdministratorRecordsAGpuAllocationThroughTheSelectMenu() {
        // PrimeFaces' select menu, reflow tables, dialogs and Ajax form updates, under the Content-Security-Policy.
        signInAsAdministrator("admin/gpus.xhtml");
        browser.settle();
        By secondTeam = By.xpath(
                "//div[contains(@class,'ui-selectonemenu-panel')]//li[contains(@class,'ui-selectonemenu-item')][2]");
        // The menu's panel slides open: a click during the animation can miss, so try again until the choice is made.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    if (driver.findElements(secondTeam).stream().noneMatch(WebElement::isDisplayed)) {
                        driver.findElement(By.id("allocationForm:teamId")).click();
                    }
                    new WebDriverWait(driver, Duration.ofSeconds(5))
                            .until(ExpectedConditions.elementToBeClickable(secondTeam))
                            .click();
                    return !driver.findElement(By.id("allocationForm:teamId_input"))
                            .getAttribute("value")
                            .isEmpty();
                });
        String supplier = "공급사-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.find(By.id("allocationForm:supplier")).sendKeys(supplier);
        browser.find(By.id("allocationForm:accelerator")).sendKeys("H100");
        browser.find(By.id("allocationForm:quantity")).sendKeys("8");
        browser.find(By.id("allocationForm:allocatedFrom")).sendKeys("2026-01-05");
        browser.find(By.id("allocationForm:save")).click();
        browser.settle();
        By row = By.xpath("//tbody[@id='allocationList:allocations_data']/tr[td[contains(., '" + supplier + "')]]");
        assertFalse(browser.driver().findElements(row).isEmpty(), "the allocation is listed: " + browser.bodyText());
        browser.find(row).findElement(By.cssSelector("button.secondary")).click();
        WebElement yes = browser.find(By.cssSelector(".ui-confirmdialog-yes"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOf(yes));
        yes.click();
        browser.settle();
        assertTrue(browser.driver().findElements(row).isEmpty(), "removed after confirming");
    }
}
