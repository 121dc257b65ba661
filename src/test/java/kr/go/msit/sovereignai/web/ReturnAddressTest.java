package kr.go.msit.sovereignai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A return address is a local path; nothing that leaves the site gets through (no open redirect). */
class ReturnAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/ballot.xhtml", "/arena.xhtml", "/round.xhtml?number=3", "/account/identity.xhtml"})
    void localPathsAreKept(String path) {
        assertEquals(path, ReturnAddress.localPath(path).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "https://evil.example",
                "http:/evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "/%2F%2Fevil.example",
                "/%5cevil.example",
                "javascript:alert(1)",
                "evil.example",
                "/ /evil.example",
                "/\tevil",
                "/\r\nLocation: https://evil.example",
                "/a/../../evil",
                ""
            })
    void anythingElseIsRefused(String address) {
        assertTrue(ReturnAddress.localPath(address).isEmpty(), address);
    }

    @org.junit.jupiter.api.Test
    void overlongAndMissingAddressesAreRefused() {
        assertTrue(ReturnAddress.localPath(null).isEmpty());
        assertTrue(ReturnAddress.localPath("/" + "a".repeat(600)).isEmpty());
    }
}
