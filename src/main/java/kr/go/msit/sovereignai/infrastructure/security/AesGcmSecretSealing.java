package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
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
 * {@code v1:<base64 of nonce and ciphertext>}. Without a key (a developer's machine, the tests) the secret is stored
 * only base64-encoded as {@code plain:…} and a warning says so once; a row sealed with a key never opens without it.
 * The secret is never logged.
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
    private volatile boolean warned;

    @Override
    public String seal(long accountId, byte[] secret) {
        Optional<SecretKeySpec> key = key();
        if (key.isEmpty()) {
            if (!warned) {
                warned = true;
                LOG.warning("PLATFORM_SECOND_FACTOR_KEY is not set: second-factor secrets are stored unencrypted");
            }
            return PLAIN + Base64.getEncoder().encodeToString(secret);
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
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
            return Base64.getDecoder().decode(sealed.substring(PLAIN.length()));
        }
        if (!sealed.startsWith(SEALED)) {
            throw new IllegalStateException("unknown second-factor secret format");
        }
        SecretKeySpec key = key().orElseThrow(() -> new IllegalStateException(
                "a second-factor secret is sealed and PLATFORM_SECOND_FACTOR_KEY is not set"));
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("a second-factor secret does not open with the configured key", failure);
        }
    }

    /** The configured key, read on each use (a test or an operator may set it at run time). */
    static Optional<SecretKeySpec> key() {
        return PlatformConfiguration.setting("PLATFORM_SECOND_FACTOR_KEY", "platform.second-factor.key")
                .map(AesGcmSecretSealing::keyFrom);
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
