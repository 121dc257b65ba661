package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;

/**
 * PBKDF2-HMAC-SHA256 with a random 32-byte salt per password, through Jakarta Security's
 * built-in hash. The iteration count makes each guess cost milliseconds of CPU. It is stored in
 * every hash, so lowering it (the system property {@code platform.password.iterations}, used by
 * the test server and load benchmarks, never below 1,024) keeps existing passwords working.
 */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

    static final int ITERATIONS = 210_000;
    static final int FEWEST_ITERATIONS = 1_024; // the least Jakarta Security accepts

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private static int iterations() {
        try {
            return Math.max(
                    FEWEST_ITERATIONS,
                    Integer.parseInt(System.getProperty("platform.password.iterations", String.valueOf(ITERATIONS))));
        } catch (NumberFormatException nonsense) {
            return ITERATIONS;
        }
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
