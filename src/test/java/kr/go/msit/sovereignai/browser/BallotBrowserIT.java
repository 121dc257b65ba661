package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A citizen casts, checks and changes a ballot in a real browser, with the mouse and with the keyboard alone. */
class BallotBrowserIT extends BrowserTest {

    private TestSupportClient support;
    private int round;

    @BeforeEach
    void openARoundOfItsOwn() {
        support = new TestSupportClient(baseUrl);
        round = support.openFreshRound();
    }

    private void signUp() {
        signUpConfirmedCitizen("ballot-" + UUID.randomUUID() + "@example.kr", "투표하는 시민", "ballot-password-1");
    }

    /** Rates every team by clicking the visible score buttons. */
    private void rateEveryTeam(int rating) {
        for (WebElement group : browser.driver().findElements(By.cssSelector("ul.rating-scale"))) {
            group.findElement(By.xpath(".//label[normalize-space(.)='" + rating + "']"))
                    .click();
        }
    }

    private String submitAndConfirm() {
        browser.find(By.id("ballot:submit")).click();
        WebElement dialog = browser.find(By.id("ballot-summary-dialog"));
        assertTrue(dialog.isDisplayed(), "a summary is shown before casting");
        assertTrue(dialog.getText().contains("SK텔레콤"), dialog.getText());
        browser.clickAndLoad(dialog.findElement(By.cssSelector("[data-action='confirm']")));
        return browser.find(By.id("receipt")).getText();
    }

    @Test
    void aCitizenCastsSeesTheReceiptChangesTheBallotAndIsRefusedOnceClosed() {
        signUp();
        browser.clickAndLoad(browser.find(By.id("vote-link")));
        assertTrue(browser.find(By.id("change-rule")).getText().contains("마지막으로 제출한 투표만 집계"));

        rateEveryTeam(4);
        String first = submitAndConfirm();
        assertTrue(first.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), first);
        assertTrue(browser.find(By.id("my-ballot")).getText().contains("제출 1회째"));

        browser.clickAndLoad(browser.find(By.id("changeForm:change")));
        rateEveryTeam(2);
        String second = submitAndConfirm();
        assertNotEquals(first, second, "a changed ballot gets a new receipt");
        assertEquals(second, browser.find(By.id("my-receipt")).getText());

        browser.clickAndLoad(browser.find(By.id("changeForm:change")));
        rateEveryTeam(5);
        support.close(round);
        browser.find(By.id("ballot:submit")).click();
        browser.clickAndLoad(
                browser.find(By.id("ballot-summary-dialog")).findElement(By.cssSelector("[data-action='confirm']")));
        assertTrue(browser.bodyText().contains("지금 투표를 받지 않습니다"), browser.bodyText());
        assertEquals(1, support.storedBallots(round));
        assertEquals(second, browser.find(By.id("my-receipt")).getText(), "the stored ballot is still the second one");
    }

    @Test
    void theBallotCanBeCastWithTheKeyboardAlone() {
        signUp();
        browser.open("ballot.xhtml");
        browser.settle();
        int groups =
                browser.driver().findElements(By.cssSelector("ul.rating-scale")).size();
        assertTrue(groups >= 5);

        Set<String> rated = new HashSet<>();
        for (int presses = 0; presses < 300 && rated.size() < groups; presses++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            String name = focused.getAttribute("name");
            if ("radio".equals(focused.getAttribute("type")) && !rated.contains(name)) {
                focused.sendKeys(Keys.SPACE); // 1
                focused = browser.driver().switchTo().activeElement();
                focused.sendKeys(Keys.ARROW_RIGHT); // 2
                browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT); // 3
                rated.add(name);
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(groups, rated.size(), "every rating group was reached with Tab");
        List<WebElement> checked = browser.driver().findElements(By.cssSelector("ul.rating-scale input:checked"));
        assertEquals(groups, checked.size());
        checked.forEach(radio -> assertEquals("3", radio.getAttribute("value")));

        for (int presses = 0;
                presses < 20
                        && !"ballot:submit"
                                .equals(browser.driver()
                                        .switchTo()
                                        .activeElement()
                                        .getAttribute("id"));
                presses++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement focusedInDialog = browser.driver().switchTo().activeElement();
        assertEquals("confirm", focusedInDialog.getAttribute("data-action"), "the dialog takes the focus");
        browser.loadAfter(() -> focusedInDialog.sendKeys(Keys.ENTER));

        assertFalse(browser.find(By.id("receipt")).getText().isBlank());
        assertEquals(1, support.storedBallots(round));
    }
}
