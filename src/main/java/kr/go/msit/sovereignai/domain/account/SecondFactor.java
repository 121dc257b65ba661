package kr.go.msit.sovereignai.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * An account's second factor: a time-based one-time password shared with the person's authenticator app. Started
 * when the enrolment page shows the secret, enrolled once the person entered a valid code from the app; from then on
 * every sign-in needs a code (or one of the recovery codes shown once at enrolment). A code is usable once: a code of
 * a time step at or before the last accepted one is refused as reused.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    /** Recovery codes given at enrolment. */
    public static final int RECOVERY_CODES = 10;

    /** No 0/O, 1/I/L or U: a code read from paper is typed right. 30 symbols, 16 of them: about 78 bits. */
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    private static final int RECOVERY_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a code typed at sign-in was. */
    public enum Outcome {
        ACCEPTED,
        /** One of the recovery codes: accepted, and now spent. */
        RECOVERY_CODE_ACCEPTED,
        /** A code of a step already used (or older than the last accepted one). */
        REUSED,
        WRONG,
        /** A time-based code, but the stored secret does not open (no key, another key): enrol again. */
        UNREADABLE;

        public boolean accepted() {
            return this == ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
        }
    }

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "sealed_secret", nullable = false, updatable = false, length = 200)
    private String sealedSecret;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "last_accepted_step")
    private Long lastAcceptedStep;

    @ElementCollection
    @CollectionTable(name = "second_factor_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    private long version;

    protected SecondFactor() {}

    private SecondFactor(long accountId, String sealedSecret, Instant now) {
        this.accountId = accountId;
        this.sealedSecret = sealedSecret;
        this.startedAt = now;
    }

    /** Enrolment begins: the sealed secret is the one the page shows; nothing is required at sign-in yet. */
    public static SecondFactor begin(long accountId, String sealedSecret, Instant now) {
        return new SecondFactor(accountId, sealedSecret, now);
    }

    /**
     * The person typed a code from their app: when it is valid now, the second factor is enrolled and the returned
     * recovery codes (shown once, kept only as hashes) are its spares. A wrong code changes nothing.
     */
    public List<String> enrol(TimeBasedCodes codes, String code, Instant now) {
        if (isEnrolled()) {
            throw new DomainRuleViolation("secondFactor.alreadyEnrolled");
        }
        if (acceptTimeBased(codes, code, now) != Outcome.ACCEPTED) {
            throw new DomainRuleViolation("secondFactor.code.wrong");
        }
        enrolledAt = now;
        return newRecoveryCodes();
    }

    /**
     * Checks a code typed at sign-in: a current one-time password (spent for its time step) or an unused recovery
     * code (spent). Refused while enrolment is unfinished.
     */
    public Outcome check(TimeBasedCodes codes, String code, Instant now) {
        if (!isEnrolled()) {
            return Outcome.WRONG;
        }
        String typed = TimeBasedCodes.normalise(code);
        if (TimeBasedCodes.isCodeShaped(typed)) {
            return acceptTimeBased(codes, typed, now);
        }
        return recoveryCodeHashes.remove(hashOfRecoveryCode(typed)) ? Outcome.RECOVERY_CODE_ACCEPTED : Outcome.WRONG;
    }

    private Outcome acceptTimeBased(TimeBasedCodes codes, String code, Instant now) {
        OptionalLong step = codes.stepOf(code, now);
        if (step.isEmpty()) {
            return Outcome.WRONG;
        }
        if (lastAcceptedStep != null && step.getAsLong() <= lastAcceptedStep) {
            return Outcome.REUSED;
        }
        lastAcceptedStep = step.getAsLong();
        return Outcome.ACCEPTED;
    }

    /** A fresh set of recovery codes replaces the old ones (all of them, used or not). */
    public List<String> replaceRecoveryCodes() {
        if (!isEnrolled()) {
            throw new DomainRuleViolation("secondFactor.notEnrolled");
        }
        return newRecoveryCodes();
    }

    private List<String> newRecoveryCodes() {
        recoveryCodeHashes.clear();
        List<String> shown = new ArrayList<>();
        while (shown.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < RECOVERY_LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            if (recoveryCodeHashes.add(hashOfRecoveryCode(TimeBasedCodes.normalise(code.toString())))) {
                shown.add(code.toString());
            }
        }
        return List.copyOf(shown);
    }

    /** SHA-256 of the code as typed without dashes or spaces, upper-cased. */
    static String hashOfRecoveryCode(String normalised) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(normalised.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public boolean isEnrolled() {
        return enrolledAt != null;
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSealedSecret() {
        return sealedSecret;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
