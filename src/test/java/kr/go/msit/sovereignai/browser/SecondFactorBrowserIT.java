package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.go.msit.sovereignai.it.SecondFactorClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator enrols a second factor as a person does: reads the secret the page shows for typing into an app,
 * types the code the app would show, keeps a recovery code, and signs in with a code afterwards. The codes come from
 * that secret and the instants the test pins the server's clock to.
 */
class SecondFactorBrowserIT extends BrowserTest {

    private static final String PASSWORD = "browser-second-factor-1";

    private SecondFactorClient support() {
        return new SecondFactorClient(baseUrl);
    }

    @AfterEach
    void releaseTheClock() {
        support().releaseClock();
    }

    @Test
    void anAdministratorEnrolsASecondFactorAndSignsInWithIt() {
        String email = support().createAdministrator(PASSWORD);
        signIn(email, PASSWORD);
        browser.clickAndLoad(browser.find(By.id("nav-second-factor")));
        assertTrue(browser.find(By.id("qr-code")).isDisplayed(), "the QR code to scan");
        String secret = browser.find(By.id("secret")).getText().replace(" ", "");
        assertEquals(32, secret.length(), secret);

        Instant t = SecondFactorClient.stepStart();
        support().pinClock(t);
        browser.fieldLabelled("앱에 표시된 6자리 코드").sendKeys(SecondFactorClient.code(secret, t));
        browser.clickAndLoad(browser.find(By.id("enrol:confirm")));
        assertTrue(browser.bodyText().contains("2단계 인증을 설정했습니다"), browser.bodyText());
        assertEquals(
                10, browser.driver().findElements(By.className("recovery-code")).size(), "recovery codes shown once");

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        support().pinClock(t.plusSeconds(30));
        browser.open("login.xhtml");
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.fieldLabelled("비밀번호").sendKeys(PASSWORD);
        browser.clickAndLoad(browser.find(By.id("login:submit")));
        assertTrue(browser.bodyText().contains("2단계 인증을 사용합니다"), "the password alone is not enough");

        browser.fieldLabelled("이메일").clear();
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.fieldLabelled("비밀번호").sendKeys(PASSWORD);
        browser.fieldLabelled("인증 코드").sendKeys(SecondFactorClient.code(secret, t.plusSeconds(30)));
        browser.clickAndLoad(browser.find(By.id("login:submit")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("/admin/"),
                browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("signed-in-as")).isDisplayed());
    }
}
