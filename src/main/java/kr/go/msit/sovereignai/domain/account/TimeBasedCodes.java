package kr.go.msit.sovereignai.domain.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: HMAC-SHA-1, six digits, a new code
 * every 30 seconds, computed by the {@code java-otp} library. A code is accepted for the current time step and the
 * one before it (a person typing across a step boundary, a phone's clock a few seconds behind); never a later one.
 */
public final class TimeBasedCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** 160 bits, the size RFC 4226 recommends for HMAC-SHA-1. */
    public static final int SECRET_BYTES = 20;
    /** How many steps before the current one a code may belong to. */
    public static final int PREVIOUS_STEPS_ACCEPTED = 1;

    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public TimeBasedCodes(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a one-time password secret has at least 128 bits");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A new random shared secret. */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The RFC 6238 time step {@code now} falls in (seconds since the epoch divided by 30). */
    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP.toSeconds());
    }

    /** The code an authenticator app shows during {@code step}. */
    public String codeAt(long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM)
                    .generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The code an authenticator app shows at {@code now}. */
    public String codeAt(Instant now) {
        return codeAt(stepAt(now));
    }

    /**
     * The step {@code code} belongs to, among the current step at {@code now} and the ones accepted before it (newest
     * first); empty for a wrong or malformed code. Compared in constant time.
     */
    public OptionalLong stepOf(String code, Instant now) {
        String typed = normalise(code);
        if (!isCodeShaped(typed)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current; step >= current - PREVIOUS_STEPS_ACCEPTED; step--) {
            if (MessageDigest.isEqual(
                    codeAt(step).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** What a person typed, without the spaces and dashes apps and people put in codes. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** Six ASCII digits: a one-time password rather than a recovery code. */
    public static boolean isCodeShaped(String normalised) {
        return normalised.length() == DIGITS && normalised.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
