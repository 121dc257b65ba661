package kr.go.msit.sovereignai.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import kr.go.msit.sovereignai.domain.account.Base32;
import kr.go.msit.sovereignai.domain.account.TimeBasedCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Second-factor secrets at rest: sealed under the operator's key, bound to their account, never in clear text. */
class AesGcmSecretSealingTest {

    private static final String KEY_PROPERTY = "platform.second-factor.key";

    private final AesGcmSecretSealing sealing = new AesGcmSecretSealing();
    private final byte[] secret = TimeBasedCodes.newSecret();

    @AfterEach
    void forgetTheKey() {
        System.clearProperty(KEY_PROPERTY);
    }

    @Test
    void withAKeyTheStoredTextRevealsNothingAndOpensOnlyForItsAccountAndKey() {
        System.setProperty(KEY_PROPERTY, "a-test-key-of-at-least-thirty-two-characters");
        String sealed = sealing.seal(42, secret);
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains(Base32.encode(secret)));
        assertFalse(sealed.contains(Base64.getEncoder().encodeToString(secret)));
        assertNotEquals(sealed, sealing.seal(42, secret), "a fresh nonce each time");
        assertArrayEquals(secret, sealing.open(42, sealed));
        assertThrows(IllegalStateException.class, () -> sealing.open(43, sealed), "another account's row");

        System.setProperty(KEY_PROPERTY, "another-key-of-at-least-thirty-two-characters");
        assertThrows(IllegalStateException.class, () -> sealing.open(42, sealed), "another key");
        System.clearProperty(KEY_PROPERTY);
        assertThrows(IllegalStateException.class, () -> sealing.open(42, sealed), "no key");
    }

    @Test
    void withoutAKeyTheSecretIsKeptOpenlyAndMarkedSo() {
        String stored = sealing.seal(42, secret);
        assertTrue(stored.startsWith("plain:"), stored);
        assertArrayEquals(secret, sealing.open(42, stored));
    }

    @Test
    void aShortKeyIsRefused() {
        System.setProperty(KEY_PROPERTY, "too-short");
        assertThrows(IllegalStateException.class, () -> sealing.seal(42, secret));
    }
}
