package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.sovereignai.it.TestSupportClient;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen verifies their identity in Chromium through a real OpenID Connect provider (mock-oauth2-server on
 * loopback, in the test JVM) and votes in a round that requires it; a second account of the same person is refused.
 */
class IdentityBrowserIT extends BrowserTest {

    private static final String ISSUER_ID = "browser-idp";
    private static final String PASSWORD = "identity-password-1";

    private static MockOAuth2Server provider;

    private TestSupportClient support;
    private int round;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void aRoundThatRequiresVerifiedIdentity() {
        support = new TestSupportClient(baseUrl);
        support.identityProvider(
                provider.issuerUrl(ISSUER_ID).toString(),
                "platform",
                "platform-secret",
                "sub",
                "browser-identity-key-0123456789abcdef-0123456789");
        round = support.openFreshRoundRequiringVerifiedIdentity();
    }

    @AfterEach
    void verificationOff() {
        support.clearIdentityProvider();
    }

    private void providerAsserts(String person) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID, person, "JWT", List.of("platform"), Map.of("gender", "male"), 3600));
    }

    /** Presses 본인 인증 and waits until the provider has sent the browser back to the platform at {@code path}. */
    private void verifyAndComeBackTo(String path) {
        browser.find(By.id("identity:verify")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            URI now = URI.create(d.getCurrentUrl());
            return URI.create(baseUrl.toString()).getPort() == now.getPort()
                    && now.getPath().equals(path);
        });
        browser.settle();
    }

    @Test
    void aCitizenVerifiesAndVotesAndASecondAccountOfTheSamePersonIsRefused() {
        String person = "person-" + UUID.randomUUID();
        String first = "verified-" + UUID.randomUUID() + "@example.kr";
        signUpConfirmedCitizen(first, "인증하는 시민", PASSWORD);

        browser.open("ballot.xhtml");
        WebElement required = browser.find(By.id("identity-required"));
        assertTrue(required.getText().contains("본인 인증"), required.getText());
        browser.clickAndLoad(browser.find(By.id("identity-link")));
        providerAsserts(person);
        verifyAndComeBackTo("/ballot.xhtml");

        for (WebElement group : browser.driver().findElements(By.cssSelector("ul.rating-scale"))) {
            group.findElement(By.xpath(".//label[normalize-space(.)='4']")).click();
        }
        browser.find(By.id("ballot:submit")).click();
        browser.clickAndLoad(
                browser.find(By.id("ballot-summary-dialog")).findElement(By.cssSelector("[data-action='confirm']")));
        assertTrue(browser.find(By.id("receipt")).getText().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"));
        assertEquals(1, support.storedBallots(round));
        assertEquals("verified - M 64", support.verifiedIdentity(first));

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        String second = "again-" + UUID.randomUUID() + "@example.kr";
        signUpConfirmedCitizen(second, "같은 사람", PASSWORD);
        browser.open("account/identity.xhtml");
        providerAsserts(person);
        verifyAndComeBackTo("/account/identity.xhtml");

        String page = browser.bodyText();
        assertTrue(page.contains("이미 다른 계정(v***@e***.kr)"), page);
        assertFalse(page.contains(first));
        assertEquals("none", support.verifiedIdentity(second));
        browser.open("ballot.xhtml");
        browser.find(By.id("identity-required"));
        assertEquals(1, support.storedBallots(round));
    }
}
