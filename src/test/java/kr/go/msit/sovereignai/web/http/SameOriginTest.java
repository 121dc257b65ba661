package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 22: posts are accepted only from the site's own origin (Origin, else Referer). */
class SameOriginTest {

    private static final String SITE = "https://review.msit.go.kr";

    @Test
    void theSitesOwnOriginIsAccepted() {
        assertTrue(SameOrigin.allows("https://review.msit.go.kr", null, SITE));
        assertTrue(SameOrigin.allows("HTTPS://Review.MSIT.go.kr:443", null, SITE), "case and default port");
        assertTrue(SameOrigin.allows(null, "https://review.msit.go.kr/login.xhtml?next=%2Fadmin%2F", SITE));
        assertTrue(SameOrigin.allows("", "https://review.msit.go.kr/", SITE), "an empty Origin falls back to Referer");
    }

    @Test
    void anyOtherOriginIsRefused() {
        assertFalse(SameOrigin.allows("https://evil.example", null, SITE));
        assertFalse(SameOrigin.allows("http://review.msit.go.kr", null, SITE), "another scheme");
        assertFalse(SameOrigin.allows("https://review.msit.go.kr:8443", null, SITE), "another port");
        assertFalse(SameOrigin.allows("https://review.msit.go.kr.evil.example", null, SITE));
        assertFalse(SameOrigin.allows("https://evil.example", "https://review.msit.go.kr/", SITE), "Origin wins");
        assertFalse(SameOrigin.allows(null, "https://evil.example/review.msit.go.kr", SITE));
        assertFalse(SameOrigin.allows(null, "https://review.msit.go.kr@evil.example/", SITE), "user info");
    }

    @Test
    void nullOriginAndNoOriginAtAllAreRefused() {
        assertFalse(SameOrigin.allows("null", null, SITE), "a sandboxed frame or a privacy redirect");
        assertFalse(SameOrigin.allows("null", SITE + "/", SITE), "null is an origin: the Referer is not asked");
        assertFalse(SameOrigin.allows(null, null, SITE));
        assertFalse(SameOrigin.allows(null, "", SITE));
        assertFalse(SameOrigin.allows(null, "not a url", SITE));
        assertFalse(SameOrigin.allows(SITE, null, ""), "no expected origin: nothing is accepted");
    }

    @Test
    void theExpectedOriginIsTheConfiguredPublicAddressBehindAProxy() {
        PublicAddress behindProxy =
                new PublicAddress(Optional.of("https://review.msit.go.kr"), Optional.of("10.0.0.2"));
        assertEquals(SITE, SameOrigin.expected(behindProxy, "http", "review.msit.go.kr", 8080));
        PublicAddress development = new PublicAddress(Optional.empty(), Optional.empty());
        assertEquals("http://localhost:8080", SameOrigin.expected(development, "http", "evil.example", 8080));
        assertEquals("http://127.0.0.1:9580", SameOrigin.expected(development, "http", "127.0.0.1:9580", 9580));
    }
}
