package kr.go.msit.sovereignai.web.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A proof-of-work challenge that the sign-up form asks (after ALTCHA's scheme, self-hosted): the server picks a secret
 * number {@code n} in {@code [0, maxNumber]} and sends {@code salt} and {@code challenge = SHA-256(salt + n)} in hex,
 * with {@code signature = HMAC-SHA-256(key, salt + challenge)}; the browser tries 0, 1, 2, ... until the hash
 * matches (on average {@code maxNumber / 2} hashes) and posts the number back. The server checks in one hash.
 *
 * <p>Nothing is stored when a challenge is issued (no session): the salt carries its own expiry and bound
 * ({@code <random>.<expires epoch second>.<maxNumber>}) under the signature. A solved challenge is remembered as spent
 * until it expires, in the map given: {@link SignUpChallenges} gives the cluster's shared one, so a solution is spent
 * once whichever node sees it.
 */
public final class ProofOfWork {

    /** What the page carries: the hidden token the server verifies, and what the browser needs to solve it. */
    public record Challenge(String salt, String challenge, int maxNumber, String signature) {

        /** The one hidden field posted back with the solution. */
        public String token() {
            return salt + ':' + challenge + ':' + signature;
        }
    }

    /** The answer to a posted solution. */
    public enum Verdict {
        ACCEPTED,
        /** No token, or not one of ours in shape. */
        MALFORMED,
        /** The signature does not match: not issued by this key. */
        FORGED,
        EXPIRED,
        /** The number does not hash to the challenge (or is out of bounds). */
        WRONG,
        /** Already spent once. */
        REUSED
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;
    private final Clock clock;
    private final Duration validity;
    /** Spent salts and their expiry (epoch seconds). */
    private final ConcurrentMap<String, Long> spent;

    public ProofOfWork(byte[] key, Clock clock, Duration validity, ConcurrentMap<String, Long> spent) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a key of at least 128 bits");
        }
        this.key = key.clone();
        this.clock = clock;
        this.validity = validity;
        this.spent = spent;
    }

    /** A fresh random key for a node that was given none. */
    public static byte[] randomKey() {
        byte[] generated = new byte[32];
        RANDOM.nextBytes(generated);
        return generated;
    }

    /** A new challenge whose number lies in {@code [0, maxNumber]}. */
    public Challenge issue(int maxNumber) {
        if (maxNumber < 1) {
            throw new IllegalArgumentException("maxNumber must be positive");
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        long expires = clock.instant().plus(validity).getEpochSecond();
        String salt = HexFormat.of().formatHex(random) + '.' + expires + '.' + maxNumber;
        int number = ThreadLocalRandom.current().nextInt(maxNumber + 1);
        String challenge = sha256(salt + number);
        return new Challenge(salt, challenge, maxNumber, hmac(salt + challenge));
    }

    /** Checks a posted token and number; spends the challenge when accepted. */
    public Verdict verify(String token, String solution) {
        if (token == null || token.length() > 200 || solution == null || solution.length() > 10) {
            return Verdict.MALFORMED;
        }
        String[] parts = token.split(":", -1);
        if (parts.length != 3) {
            return Verdict.MALFORMED;
        }
        String salt = parts[0];
        String challenge = parts[1];
        String[] saltParts = salt.split("\\.", -1);
        if (saltParts.length != 3) {
            return Verdict.MALFORMED;
        }
        if (!MessageDigest.isEqual(
                hmac(salt + challenge).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        long expires;
        int maxNumber;
        int number;
        try {
            expires = Long.parseLong(saltParts[1]);
            maxNumber = Integer.parseInt(saltParts[2]);
            number = Integer.parseInt(solution.strip());
        } catch (NumberFormatException notANumber) {
            return Verdict.WRONG;
        }
        long now = clock.instant().getEpochSecond();
        if (now >= expires) {
            return Verdict.EXPIRED;
        }
        if (number < 0 || number > maxNumber || !sha256(salt + number).equals(challenge)) {
            return Verdict.WRONG;
        }
        return spent.putIfAbsent(salt, expires) == null ? Verdict.ACCEPTED : Verdict.REUSED;
    }

    /** What a browser does: the number whose hash is the challenge, or -1 (for tests and test clients). */
    public static int solve(String salt, String challenge, int maxNumber) {
        for (int number = 0; number <= maxNumber; number++) {
            if (sha256(salt + number).equals(challenge)) {
                return number;
            }
        }
        return -1;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
