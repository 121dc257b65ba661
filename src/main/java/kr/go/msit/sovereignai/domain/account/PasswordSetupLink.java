package kr.go.msit.sovereignai.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A one-time link with which a reviewer sets their own password. Only the SHA-256 of the link's
 * secret is stored; the link works once, and not after it expires.
 */
@Entity
@Table(name = "password_setup_link")
public class PasswordSetupLink {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "secret_hash", nullable = false, unique = true, updatable = false)
    private String secretHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordSetupLink() {
    }

    public PasswordSetupLink(long accountId, String secret, Instant now) {
        this.accountId = accountId;
        this.secretHash = hashOf(secret);
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** Spends the link: refused when it was used already or has expired. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new DomainRuleViolation("setupLink.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainRuleViolation("setupLink.expired");
        }
        usedAt = now;
    }

    public static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
