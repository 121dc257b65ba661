package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A visitor reads the programme in Korean, switches to English, and uses it on a phone. */
class PublicPagesBrowserIT extends BrowserTest {

    private static final List<String> KOREAN_NAMES = List.of("네이버클라우드", "업스테이지", "SK텔레콤", "NC AI", "LG AI연구원");
    private static final List<String> ENGLISH_NAMES =
            List.of("Naver Cloud", "Upstage", "SK Telecom", "NC AI", "LG AI Research");

    private List<String> teamsOnHomePage() {
        return browser.find(By.id("teams-in-the-race")).findElements(By.className("team-tile__name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void theHomePageListsTheFiveTeamsInKorean() {
        browser.open("");
        assertEquals("ko", browser.find(By.tagName("html")).getAttribute("lang"));
        assertEquals(KOREAN_NAMES, teamsOnHomePage().subList(0, 5), "the founding five, in the ministry's order");
        String postponement = browser.find(By.id("timeline-round-1-postponed")).getText();
        assertTrue(postponement.contains("2025년 12월 31일") && postponement.contains("GPU"), postponement);
        // The test server first started long after January 2026: review 1's whole window was missed.
        assertTrue(
                browser.find(By.id("timeline-round-1-missed")).getText().contains("플랫폼 중단"),
                "a missed review is shown as such");
        assertTrue(postponement.contains("플랫폼 중단으로 평가 기간을 놓침"), postponement);
    }

    @Test
    void theLanguageSwitchShowsEnglishNamesAndIsRemembered() {
        browser.open("");
        browser.clickAndLoad(browser.find(By.linkText("English")));

        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertEquals(ENGLISH_NAMES, teamsOnHomePage().subList(0, 5));

        browser.clickAndLoad(browser.find(By.linkText("Teams")));
        assertTrue(browser.bodyText().contains("LG AI Research"), "the choice survives navigation");

        browser.clickAndLoad(browser.find(By.linkText("한국어")));
        assertTrue(browser.bodyText().contains("LG AI연구원"));
    }

    @Test
    void aTeamPageShowsWhereItsGpusComeFrom() {
        browser.open("");
        browser.clickAndLoad(browser.find(By.linkText("업스테이지")));
        assertTrue(browser.find(By.id("team-name")).getText().startsWith("업스테이지"));
        assertTrue(browser.find(By.id("team-gpu-allocated")).getText().contains("과학기술정보통신부"));
    }

    @Test
    void everyPublicPageFitsAPhoneScreen() {
        browser.phoneSized();
        for (String page :
                List.of("", "teams.xhtml", "team.xhtml?code=sk-telecom", "gpus.xhtml", "login.xhtml", "signup.xhtml")) {
            browser.open(page);
            browser.settle();
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, "page '" + page + "' scrolls sideways by " + overflow + " px");
        }
    }
}
