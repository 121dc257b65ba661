package kr.go.msit.sovereignai.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A one-time link sent or shown to one person: a reviewer sets their own password with it, a
 * citizen confirms their e-mail address, takes back an account registered in their mailbox's name, or resets a
 * forgotten password with it. Only the SHA-256 of the link's secret is
 * stored; the link works once, for its own purpose, and not after it expires.
 */
@Entity
@Table(name = "one_time_link")
public class OneTimeLink {

    /** What a link is for, how long it lasts and the prefix of its refusal messages. */
    public enum Purpose {
        SET_PASSWORD(Duration.ofDays(7), "setupLink"),
        CONFIRM_EMAIL(Duration.ofDays(2), "emailConfirmation"),
        /**
         * Sent to a mailbox whose unconfirmed account someone signs up for again. It carries nothing of that
         * sign-up: whoever opens it (the mailbox's owner) chooses the account's name and password on the link's page.
         */
        RECLAIM_ACCOUNT(Duration.ofDays(2), "emailConfirmation"),
        /** "Forgot password": short-lived, since it sets a password without the current one. */
        RESET_PASSWORD(Duration.ofHours(1), "passwordReset");

        private final Duration validFor;
        private final String messagePrefix;

        Purpose(Duration validFor, String messagePrefix) {
            this.validFor = validFor;
            this.messagePrefix = messagePrefix;
        }

        public Duration validFor() {
            return validFor;
        }

        /** The refusal for a link that is not (or no longer) one of this purpose's. */
        public DomainRuleViolation unknown() {
            return new DomainRuleViolation(messagePrefix + ".unknown");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "secret_hash", nullable = false, unique = true, updatable = false)
    private String secretHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected OneTimeLink() {}

    public OneTimeLink(long accountId, Purpose purpose, String secret, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.secretHash = hashOf(secret);
        this.expiresAt = now.plus(purpose.validFor());
    }

    /** 256 random bits, URL-safe: the part of a link only its receiver knows. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Spends the link: refused when it is for something else, was used already or has expired. */
    public void use(Purpose intended, Instant now) {
        check(intended, now);
        usedAt = now;
    }

    /** Refused as {@link #use} would be, without spending the link: for a page that only shows the link's form. */
    public void check(Purpose intended, Instant now) {
        if (purpose != intended) {
            throw intended.unknown();
        }
        if (usedAt != null) {
            throw new DomainRuleViolation(purpose.messagePrefix + ".used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainRuleViolation(purpose.messagePrefix + ".expired");
        }
    }

    public static String hashOf(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
