package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.go.msit.sovereignai.it.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An administrator edits a team in the administration pages and the public sees the change. */
class AdministrationBrowserIT extends BrowserTest {

    private void signInAsAdministrator() {
        browser.open("admin/teams.xhtml");
        browser.settle();
        browser.fieldLabelled("이메일").sendKeys(Deployments.ADMIN_EMAIL);
        browser.fieldLabelled("비밀번호").sendKeys(Deployments.ADMIN_PASSWORD);
        browser.find(By.id("login:submit")).click();
        browser.settle();
    }

    @Test
    void anAdministratorEditsATeamWithValidationAndThePublicPageShowsIt() {
        signInAsAdministrator();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/teams.xhtml"), "sign-in returns to the page asked for");

        WebElement ncRow = browser.find(By.xpath("//tr[td[contains(., 'NC AI / NC AI')]]"));
        ncRow.findElement(By.xpath(".//button")).click();
        browser.settle();
        WebElement nameKo = browser.fieldLabelled("한글 이름");
        assertEquals("NC AI", nameKo.getAttribute("value"));

        nameKo.clear();
        browser.find(By.id("teamForm:save")).click();
        browser.settle();
        WebElement nameKoField = browser.find(By.xpath("//div[contains(@class,'field')][.//input[@id='teamForm:nameKo']]"));
        assertTrue(nameKoField.getText().contains("한글 이름을 입력하세요."), "the message is next to the field: " + nameKoField.getText());

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
}
