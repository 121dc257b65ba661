package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import kr.go.msit.sovereignai.it.TestMailbox;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A citizen who forgot their password asks for a reset link from the sign-in page; the link works once. And the
 * sign-up form's proof-of-work, when it takes a while, holds the form until it is done and then sends it by itself.
 */
class PasswordResetBrowserIT extends BrowserTest {

    @Test
    void aSignUpSentBeforeTheProofOfWorkIsDoneWaitsForItAndThenGoesThrough() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        String before = support.signUpChallengeMax("400000");
        try {
            String email = "patient-" + UUID.randomUUID() + "@example.kr";
            browser.open("signup.xhtml");
            String status = browser.find(By.id("signup-challenge-status")).getText();
            assertTrue(status.contains("자동 가입 방지 계산"), status);
            browser.fieldLabelled("이메일").sendKeys(email);
            browser.fieldLabelled("표시 이름").sendKeys("기다리는 시민");
            browser.fieldLabelled("비밀번호").sendKeys("patient-password-1");
            browser.fieldLabelled("비밀번호 확인").sendKeys("patient-password-1");
            browser.fieldLabelled("개인정보 수집·이용에 동의합니다.").click();
            browser.loadAfter(() -> browser.find(By.id("signup:submit")).click());
            assertTrue(browser.find(By.id("confirmation-sent")).getText().contains("확인 메일을 보냈습니다"), browser.bodyText());
            assertTrue(support.accountExists(email));
        } finally {
            support.signUpChallengeMax(before.isEmpty() ? "1000" : before);
        }
    }

    @Test
    void aCitizenResetsTheirPasswordWithTheMailedLinkWhichWorksOnce() throws Exception {
        String email = "reset-" + UUID.randomUUID() + "@example.kr";
        signUpConfirmedCitizen(email, "재설정 시민", "forgotten-password-1");
        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));

        browser.clickAndLoad(browser.find(By.id("nav-login")));
        browser.clickAndLoad(browser.find(By.linkText("비밀번호를 잊으셨나요?")));
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.clickAndLoad(browser.find(By.id("forgot:send")));
        assertTrue(browser.find(By.id("reset-sent")).getText().contains("재설정 링크를 보냈습니다"), browser.bodyText());

        String link = TestMailbox.linkIn(email, "Reset your password", "reset-password.xhtml");
        browser.driver().get(link);
        browser.fieldLabelled("새 비밀번호").sendKeys("remembered-password-1");
        browser.fieldLabelled("비밀번호 확인").sendKeys("remembered-password-1");
        browser.clickAndLoad(browser.find(By.id("resetPassword:save")));
        assertTrue(browser.find(By.id("password-reset")).getText().contains("비밀번호를 바꿨습니다"), browser.bodyText());

        browser.driver().get(link);
        browser.settle();
        assertTrue(browser.bodyText().contains("이미 사용한 재설정 링크입니다"), "a link works once: " + browser.bodyText());
        assertTrue(browser.driver().findElements(By.id("resetPassword")).isEmpty(), "no form for a spent link");

        signIn(email, "forgotten-password-1");
        assertTrue(browser.driver().findElements(By.id("signed-in-as")).isEmpty(), "the old password stopped working");
        signIn(email, "remembered-password-1");
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains("재설정 시민"));
    }
}
