package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kr.go.msit.sovereignai.domain.account.SecretSealing;
import kr.go.msit.sovereignai.infrastructure.config.PlatformConfiguration;

/**
 * Seals second-factor secrets with AES-256-GCM under the key in {@code PLATFORM_SECOND_FACTOR_KEY} (or the system
 * property {@code platform.second-factor.key}): at least 32 characters, stretched to a 256-bit key by SHA-256. The
 * account id is the additional authenticated data, so a sealed secret only opens for its own account. Stored as
 * {@code v1:<base64 of nonce and ciphertext>}. Fails closed: without a usable key (unset, or shorter than 32
 * characters, which the start-up log reports as an ERROR naming the setting) nothing is sealed, so no one can enrol
 * and the enrolment page says why; a secret is never stored readable, and a row stored unsealed ({@code plain:}, by an
 * earlier version) never opens. The secret is never logged.
 */
@ApplicationScoped
public class AesGcmSecretSealing implements SecretSealing {

    private static final Logger LOG = Logger.getLogger(AesGcmSecretSealing.class.getName());
    private static final String SEALED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    static final int SHORTEST_KEY = 32;

    private final SecureRandom random = new SecureRandom();

    /** At start-up: says in the log when no usable key is configured (too short: an ERROR naming the setting). */
    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Optional<String> configured = configured();
        if (configured.isEmpty()) {
            LOG.warning("PLATFORM_SECOND_FACTOR_KEY (platform.second-factor.key) is not set: administrators and"
                    + " reviewers cannot enrol a second factor until it is");
        } else if (configured.get().length() < SHORTEST_KEY) {
            LOG.severe("PLATFORM_SECOND_FACTOR_KEY (platform.second-factor.key) is shorter than " + SHORTEST_KEY
                    + " characters and is ignored: second factors cannot be enrolled or checked until it is fixed");
        }
    }

    @Override
    public boolean available() {
        return key().isPresent();
    }

    @Override
    public String seal(long accountId, byte[] secret) {
        SecretKeySpec key = key().orElseThrow(() -> new IllegalStateException(
                "PLATFORM_SECOND_FACTOR_KEY is not set (or too short): second-factor secrets cannot be sealed"));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(secret);
            return SEALED
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot seal a second-factor secret", failure);
        }
    }

    @Override
    public byte[] open(long accountId, String sealed) {
        if (sealed.startsWith(PLAIN)) {
            throw new Unreadable("a second-factor secret stored unsealed is refused: enrol again", null);
        }
        if (!sealed.startsWith(SEALED)) {
            throw new Unreadable("unknown second-factor secret format", null);
        }
        SecretKeySpec key = key().orElseThrow(() -> new Unreadable(
                "a second-factor secret is sealed and PLATFORM_SECOND_FACTOR_KEY is not set (or too short)", null));
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException failure) {
            throw new Unreadable("a second-factor secret does not open with the configured key", failure);
        }
    }

    /** The configured key, read on each use (a test or an operator may set it at run time); too short counts as none. */
    static Optional<SecretKeySpec> key() {
        return configured().filter(k -> k.length() >= SHORTEST_KEY).map(AesGcmSecretSealing::keyFrom);
    }

    private static Optional<String> configured() {
        return PlatformConfiguration.setting("PLATFORM_SECOND_FACTOR_KEY", "platform.second-factor.key");
    }

    static SecretKeySpec keyFrom(String configured) {
        if (configured.length() < SHORTEST_KEY) {
            throw new IllegalStateException("PLATFORM_SECOND_FACTOR_KEY must have at least 32 characters");
        }
        try {
            return new SecretKeySpec(
                    MessageDigest.getInstance("SHA-256").digest(configured.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] associatedData(long accountId) {
        return ("sovereign-ai-review/second-factor/v1/" + accountId).getBytes(StandardCharsets.UTF_8);
    }
}
