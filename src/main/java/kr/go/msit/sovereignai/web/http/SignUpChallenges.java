package kr.go.msit.sovereignai.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.infrastructure.config.PlatformConfiguration;

/**
 * The sign-up form's proof-of-work challenges ({@link ProofOfWork}) for this node. Configuration:
 *
 * <ul>
 *   <li>{@code PLATFORM_SIGNUP_CHALLENGE_KEY} / {@code platform.signup.challenge-key}: the HMAC key (at least 16
 *       characters). Without one, each node generates a key at start: challenges issued before a restart, or by
 *       another node, are then refused (the page simply asks a new one). Give every node the same key behind a load
 *       balancer.
 *   <li>{@code PLATFORM_SIGNUP_CHALLENGE_MAX} / {@code platform.signup.challenge-max}: the largest secret number,
 *       read at each page so an operator's change applies at once; the browser needs half of it in SHA-256 hashes on
 *       average. Default {@value #DEFAULT_MAX_NUMBER} (ALTCHA's order): the page's script needs about 0.5 million
 *       hashes on average, measured at 2.1 s for the worst case (1,000,000) in headless Chromium on a loaded 2-core
 *       test machine; a script pays the same for every sign-up.
 * </ul>
 *
 * <p>Spent challenges are remembered on this node only, in memory ({@value #CAPACITY} at most, about 100 bytes each,
 * each until its challenge expires): behind a load balancer one solution could be spent once per node (a shared store
 * is for when the platform runs as a cluster). When the set is full of unexpired challenges, a new solution is refused
 * as busy (the page asks the person to try again shortly) rather than forgetting a spent one; filling it takes
 * {@value #CAPACITY} solved challenges within {@code VALIDITY}, each paid for in hashes.
 */
@ApplicationScoped
public class SignUpChallenges {

    static final int DEFAULT_MAX_NUMBER = 1_000_000;
    /** How long a challenge may wait for its form: a person who reads the privacy notice slowly still makes it. */
    static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Spent challenges remembered at once (about 100 bytes each). */
    static final int CAPACITY = 200_000;

    private static final Logger LOG = Logger.getLogger(SignUpChallenges.class.getName());

    private ProofOfWork work;

    protected SignUpChallenges() {
        // for CDI proxies
    }

    @Inject
    public SignUpChallenges(Clock clock) {
        byte[] key = PlatformConfiguration.setting("PLATFORM_SIGNUP_CHALLENGE_KEY", "platform.signup.challenge-key")
                .map(configured -> configured.getBytes(StandardCharsets.UTF_8))
                .filter(configured -> configured.length >= 16)
                .orElseGet(() -> {
                    LOG.info("No PLATFORM_SIGNUP_CHALLENGE_KEY (16+ characters): this node signs its sign-up"
                            + " challenges with a key generated at start");
                    return ProofOfWork.randomKey();
                });
        this.work = new ProofOfWork(key, clock, VALIDITY, CAPACITY);
    }

    public ProofOfWork.Challenge issue() {
        return work.issue(maxNumber());
    }

    public ProofOfWork.Verdict verify(String token, String solution) {
        return work.verify(token, solution);
    }

    /** The configured bound, or the default when none (or nonsense) is configured. */
    static int maxNumber() {
        try {
            return PlatformConfiguration.setting("PLATFORM_SIGNUP_CHALLENGE_MAX", "platform.signup.challenge-max")
                    .map(Integer::parseInt)
                    .filter(max -> max >= 1)
                    .orElse(DEFAULT_MAX_NUMBER);
        } catch (NumberFormatException nonsense) {
            return DEFAULT_MAX_NUMBER;
        }
    }
}
