package kr.go.msit.sovereignai.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only thing kept of who a verified person is: {@code HMAC-SHA256(key, "sovereign-ai-review/person/v1/" + issuer +
 * "\n" + claim)} in hexadecimal. Without the key (held outside the database) nobody can tell whose it is or match it
 * with another service's data; with a new key every person gets a new one (rotation, crypto-shredding).
 */
public final class PersonKey {

    /** Domain separation and version of the hashed text. */
    public static final String CONTEXT = "sovereign-ai-review/person/v1/";

    /** The shortest key accepted, in bytes (HMAC-SHA256's own output length). */
    public static final int MIN_KEY_BYTES = 32;

    private PersonKey() {}

    /** Whether {@code key} is long enough to be a person key's secret. */
    public static boolean acceptableKey(byte[] key) {
        return key != null && key.length >= MIN_KEY_BYTES;
    }

    /** The person key of {@code claim} asserted by {@code issuer}; refused for a short key or a blank claim. */
    public static String derive(byte[] key, String issuer, String claim) {
        if (!acceptableKey(key)) {
            throw new IllegalArgumentException("the identity key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        if (issuer == null || issuer.isBlank() || claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("issuer and claim are required");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((CONTEXT + issuer + "\n" + claim).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
