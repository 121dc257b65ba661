package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.Eventually;
import kr.go.msit.sovereignai.it.TestMailbox;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A citizen signs up, confirms the address with the mailed link, signs out and signs in again, in a real browser. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void aCitizenSignsUpConfirmsTheAddressFromTheMailAndSignsInAgain() throws Exception {
        String email = "browser-" + UUID.randomUUID() + "@example.kr";
        browser.open("");
        browser.clickAndLoad(browser.find(By.linkText("회원가입")));
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.fieldLabelled("표시 이름").sendKeys("김시민");
        browser.fieldLabelled("비밀번호").sendKeys("browser-password-1");
        browser.fieldLabelled("비밀번호 확인").sendKeys("browser-password-1");
        browser.fieldLabelled("개인정보 수집·이용에 동의합니다.").click();
        browser.clickAndLoad(browser.find(By.id("signup:submit")));
        assertTrue(browser.find(By.id("confirmation-sent")).getText().contains("확인 메일을 보냈습니다"), browser.bodyText());
        assertTrue(browser.driver().findElements(By.id("signed-in-as")).isEmpty(), "not signed in before confirming");

        // Signed in but unconfirmed: the ballot page says why it cannot be used and sends a new link.
        signIn(email, "browser-password-1");
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains("김시민"));
        browser.open("ballot.xhtml");
        assertTrue(browser.find(By.id("email-unconfirmed")).getText().contains("이메일 주소를 확인해 주세요"));
        String firstLink = TestMailbox.confirmationLink(email);
        browser.clickAndLoad(browser.find(By.id("confirmation:resend")));
        assertTrue(browser.bodyText().contains("확인 메일을 다시 보냈습니다"), browser.bodyText());
        String secondLink = Eventually.value(
                Duration.ofSeconds(20), () -> TestMailbox.confirmationLink(email), link -> !link.equals(firstLink));
        assertNotEquals(firstLink, secondLink, "the resent mail carries a new link");

        browser.driver().get(secondLink);
        assertTrue(browser.driver().findElements(By.id("email-confirmed")).isEmpty(), "opening it confirms nothing");
        browser.clickAndLoad(browser.find(By.id("confirmation:confirm")));
        assertTrue(browser.find(By.id("email-confirmed")).getText().contains("이메일 주소가 확인되었습니다"));
        browser.open("ballot.xhtml");
        assertTrue(browser.driver().findElements(By.id("email-unconfirmed")).isEmpty(), browser.bodyText());

        browser.driver().get(secondLink);
        assertTrue(browser.bodyText().contains("이미 사용된 확인 링크입니다"), "a link works once: " + browser.bodyText());

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        assertTrue(browser.bodyText().contains("로그아웃했습니다"));
        assertTrue(browser.driver().findElements(By.id("signed-in-as")).isEmpty());
        browser.clickAndLoad(browser.find(By.id("nav-login")));
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.loadAfter(() -> browser.fieldLabelled("비밀번호").sendKeys("browser-password-1", Keys.ENTER));
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains("김시민"));
    }

    @Test
    void anIncompleteSignUpShowsMessagesNextToTheFields() {
        browser.open("signup.xhtml");
        browser.fieldLabelled("이메일").sendKeys("not-an-email");
        browser.fieldLabelled("비밀번호").sendKeys("short");
        browser.fieldLabelled("비밀번호 확인").sendKeys("short");
        browser.clickAndLoad(browser.find(By.id("signup:submit")));

        String text = browser.bodyText();
        assertTrue(text.contains("올바른 이메일 주소를 입력하세요."), text);
        assertTrue(text.contains("비밀번호는 10자 이상 128자 이하여야 합니다."), text);
        assertTrue(text.contains("개인정보 수집·이용에 동의해야 가입할 수 있습니다."), text);
        assertTrue(browser.driver().findElements(By.id("signed-in-as")).isEmpty(), "nobody was signed in");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.open("login.xhtml");
        browser.fieldLabelled("이메일").sendKeys(Deployments.ADMIN_EMAIL);
        browser.fieldLabelled("비밀번호").sendKeys("not-the-password");
        browser.clickAndLoad(browser.find(By.id("login:submit")));
        assertTrue(browser.bodyText().contains("이메일 또는 비밀번호가 올바르지 않습니다."));
        assertFalse(browser.bodyText().contains("관리자 Administrator"));
    }

    @Test
    void aSignedInCitizenChangesThePasswordFromTheHeaderAndSignsInWithTheNewOne() {
        String email = "browser-change-" + UUID.randomUUID() + "@example.kr";
        signUpConfirmedCitizen(email, "박시민", "browser-password-1");
        browser.clickAndLoad(browser.find(By.id("nav-password")));
        browser.fieldLabelled("현재 비밀번호").sendKeys("browser-password-1");
        browser.fieldLabelled("새 비밀번호").sendKeys("browser-password-2");
        browser.fieldLabelled("새 비밀번호 확인").sendKeys("browser-password-3");
        browser.clickAndLoad(browser.find(By.id("changePassword:save")));
        assertTrue(browser.bodyText().contains("비밀번호가 서로 다릅니다."), "a mismatch is explained: " + browser.bodyText());

        browser.fieldLabelled("현재 비밀번호").sendKeys("browser-password-1");
        browser.fieldLabelled("새 비밀번호").sendKeys("browser-password-2");
        browser.fieldLabelled("새 비밀번호 확인").sendKeys("browser-password-2");
        browser.clickAndLoad(browser.find(By.id("changePassword:save")));
        assertTrue(browser.bodyText().contains("비밀번호를 변경했습니다."), browser.bodyText());

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        signIn(email, "browser-password-2");
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains("박시민"), "the new password signs in");
    }

    @Test
    void anAdministratorWithAGeneratedPasswordMustChooseOneBeforeUsingTheConsole() throws Exception {
        String[] administrator = new TestSupportClient(baseUrl).createAdministratorWithGeneratedPassword();
        signIn(administrator[0], administrator[1]);
        assertTrue(
                browser.find(By.id("password-change-required")).getText().contains("먼저 새 비밀번호를 정하세요"),
                browser.bodyText());
        browser.open("admin/rounds.xhtml");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"),
                "held: " + browser.driver().getCurrentUrl());

        browser.fieldLabelled("현재 비밀번호").sendKeys(administrator[1]);
        browser.fieldLabelled("새 비밀번호").sendKeys("chosen-browser-admin");
        browser.fieldLabelled("새 비밀번호 확인").sendKeys("chosen-browser-admin");
        browser.clickAndLoad(browser.find(By.id("changePassword:save")));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/admin/"),
                browser.driver().getCurrentUrl());
        assertTrue(browser.bodyText().contains("비밀번호를 변경했습니다."), browser.bodyText());
        browser.open("admin/rounds.xhtml");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/admin/rounds.xhtml"), "the console is open once changed");
    }

    /** Issue 22: in a real browser, the sign-in and sign-up pages open no session, and sign-in returns to the page. */
    @Test
    void aProtectedPageAskedForBeforeSignInOpensAfterItAndNoSessionExistsBefore() {
        browser.open("signup.xhtml");
        browser.open("admin/rounds.xhtml");
        browser.settle();
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("/login.xhtml?next=%2Fadmin%2Frounds.xhtml"), url);
        assertTrue(
                browser.driver().manage().getCookieNamed("JSESSIONID") == null,
                "no session before signing in, whatever the pages' scripts do");
        browser.fieldLabelled("이메일").sendKeys(Deployments.ADMIN_EMAIL);
        browser.fieldLabelled("비밀번호").sendKeys(Deployments.ADMIN_PASSWORD);
        browser.clickAndLoad(browser.find(By.id("login:submit")));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/admin/rounds.xhtml"),
                "back where the person was going: " + browser.driver().getCurrentUrl());
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") != null, "signed in: a session");
    }
}
