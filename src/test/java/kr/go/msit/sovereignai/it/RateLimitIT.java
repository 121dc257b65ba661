package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the server so it can lower the configured limits (system properties read at each
 * request), then signs up and votes over HTTP from there, as one address.
 */
class RateLimitIT extends ContainerTest {

    @ArquillianResource
    URL baseUrl;

    @Inject
    TestSupport support;

    /** Signs a citizen up and in; the address is confirmed directly (the tests' mailbox is outside the server). */
    private boolean signUpConfirmed(PageClient citizen, String email) throws Exception {
        if (citizen.submitSignUp(email, "제한", "limited-password-1").statusCode() != 302) {
            return false;
        }
        support.confirmEmail(email);
        return citizen.signIn(email, "limited-password-1");
    }

    private static String withLimit(String property, String limit, ThrowingSupplier<String> work) throws Exception {
        String before = System.getProperty(property);
        System.setProperty(property, limit);
        try {
            return work.get();
        } finally {
            System.setProperty(property, before);
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test
    void signUpsBeyondTheLimitGetAClearMessageAndCreateNothing() throws Exception {
        String email = "limited-" + UUID.randomUUID() + "@example.kr";
        String body = withLimit("platform.rate.signups-per-hour", "0", () -> {
            // A solved challenge: the limiter is asked only after the proof-of-work passed.
            HttpResponse<String> refused =
                    new PageClient(baseUrl.toURI()).submitSignUp(email, "제한", "limited-password-1");
            assertEquals(200, refused.statusCode(), "a page with a message, not an error page");
            return refused.body();
        });
        assertTrue(body.contains("같은 주소에서 가입 요청이 너무 많습니다"), body);
        assertFalse(support.accountExists(email), "nothing was created");
        assertTrue(signUpConfirmed(new PageClient(baseUrl.toURI()), email), "the email is free");
    }

    @Test
    void ballotsBeyondTheLimitGetAClearMessageAndStoreNothing() throws Exception {
        int round = support.openFreshRound();
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(signUpConfirmed(citizen, "limited-" + UUID.randomUUID() + "@example.kr"));
        HttpResponse<String> page = citizen.get("ballot.xhtml");

        String body = withLimit(
                "platform.rate.ballots-per-minute",
                "0",
                () -> citizen.castBallot(page, group -> 3).body());

        assertTrue(body.contains("같은 주소에서 제출이 너무 많습니다"), body);
        assertEquals(0, support.storedBallots(round));
    }
}
