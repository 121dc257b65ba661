package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 22: the return address after sign-in is a local path, never another site however it is spelled. */
class ReturnAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/admin/",
                "/ballot.xhtml",
                "/admin/tally.xhtml?round=3",
                "/round.xhtml?number=1&lang=en",
                "/expert/sheet.xhtml?round=2&team=LG%20AI",
                "/x?next=//evil.example"
            })
    void localPathsAreKept(String path) {
        assertEquals(Optional.of(path), ReturnAddress.local(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "//evil.example/admin/",
                "///evil.example",
                "https://evil.example",
                "http://evil.example/",
                "https:evil.example",
                "javascript:alert(1)",
                "evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "/%2Fevil.example",
                "/%2f%2fevil.example",
                "%2F%2Fevil.example",
                "/%5Cevil.example",
                "/%5cevil.example",
                "/%252F%252Fevil.example",
                "/%25252F%25252Fevil.example",
                "/%09/evil.example",
                "/\t/evil.example",
                "/ /evil.example",
                "http:/evil.example",
                "/\r\nLocation: https://evil.example",
                "/admin/%0d%0aSet-Cookie:x=y",
                "/%E0%A4%A",
                "",
                " /admin/"
            })
    void otherSitesAndOddSpellingsAreRefused(String candidate) {
        assertEquals(Optional.empty(), ReturnAddress.local(candidate), candidate);
    }

    @Test
    void nothingAndTooLongAreRefused() {
        assertEquals(Optional.empty(), ReturnAddress.local(null));
        assertEquals(Optional.empty(), ReturnAddress.local("/" + "a".repeat(ReturnAddress.MAX_LENGTH)));
    }

    @Test
    void theRequestedPageBecomesTheReturnAddress() {
        assertEquals(Optional.of("/admin/tally.xhtml?round=3"), ReturnAddress.of("/admin/tally.xhtml", "", "round=3"));
        assertEquals(Optional.of("/admin/"), ReturnAddress.of("/app/admin/", "/app", null));
        assertTrue(ReturnAddress.of("//evil.example/admin", "", null).isEmpty(), "an odd request path is dropped");
        assertTrue(ReturnAddress.of("/other/admin", "/app", null).isEmpty());
    }
}
