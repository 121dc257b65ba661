package kr.go.msit.sovereignai.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import kr.go.msit.sovereignai.domain.account.Base32;
import kr.go.msit.sovereignai.domain.account.SecretSealing;
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
        assertThrows(SecretSealing.Unreadable.class, () -> sealing.open(43, sealed), "another account's row");

        System.setProperty(KEY_PROPERTY, "another-key-of-at-least-thirty-two-characters");
        assertThrows(SecretSealing.Unreadable.class, () -> sealing.open(42, sealed), "another key");
        System.clearProperty(KEY_PROPERTY);
        assertThrows(SecretSealing.Unreadable.class, () -> sealing.open(42, sealed), "no key");
    }

    @Test
    void withoutAKeyNothingIsSealedAndEnrolmentIsUnavailable() {
        assertFalse(sealing.available());
        assertThrows(IllegalStateException.class, () -> sealing.seal(42, secret));
    }

    @Test
    void aRowStoredUnsealedNeverOpensWithOrWithoutAKey() {
        String unsealed = "plain:" + Base64.getEncoder().encodeToString(secret);
        assertThrows(SecretSealing.Unreadable.class, () -> sealing.open(42, unsealed), "no key");
        System.setProperty(KEY_PROPERTY, "a-test-key-of-at-least-thirty-two-characters");
        assertTrue(sealing.available());
        assertThrows(SecretSealing.Unreadable.class, () -> sealing.open(42, unsealed), "a key configured");
    }

    @Test
    void aShortKeyCountsAsNoKey() {
        System.setProperty(KEY_PROPERTY, "too-short");
        assertFalse(sealing.available(), "too short: treated as absent");
        assertThrows(IllegalStateException.class, () -> sealing.seal(42, secret));
        System.setProperty(KEY_PROPERTY, "a-test-key-of-at-least-thirty-two-characters");
        String sealed = sealing.seal(42, secret);
        System.setProperty(KEY_PROPERTY, "too-short");
        assertThrows(SecretSealing.Unreadable.class, () -> sealing.open(42, sealed), "refused cleanly, not a crash");
    }
}
