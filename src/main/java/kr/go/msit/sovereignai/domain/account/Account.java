package kr.go.msit.sovereignai.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.round.Panel;

/** A person who can sign in. Holds only a slow salted hash of the password, never the password. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the person agreed to the privacy notice; required for citizens who sign up. */
    @Column(name = "privacy_consent_at")
    private Instant privacyConsentAt;

    /**
     * When the person proved they read mail at the address (the confirmation link); null until
     * then. Administrators and reviewers are given their address by an administrator, so theirs
     * counts as confirmed at creation.
     */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** The reviewer panel of an EXPERT account; null for other roles. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Panel panel;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String displayName, String passwordHash, Role role, Instant createdAt,
            Instant privacyConsentAt) {
        this.email = EmailAddress.canonical(email);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 50) {
            throw new InvalidInput(InvalidInput.Input.DISPLAY_NAME, "account.displayName.invalid");
        }
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.privacyConsentAt = privacyConsentAt;
    }

    /** A citizen who signed up and agreed to the privacy notice at {@code now}; the address is not yet confirmed. */
    public static Account citizen(String email, String displayName, String passwordHash, Instant now) {
        return new Account(email, displayName, passwordHash, Role.CITIZEN, now, now);
    }

    /** An administrator created from the platform's configuration, never by sign-up. */
    public static Account administrator(String email, String displayName, String passwordHash, Instant now) {
        Account account = new Account(email, displayName, passwordHash, Role.ADMIN, now, null);
        account.emailConfirmedAt = now;
        return account;
    }

    /**
     * A reviewer created by an administrator. {@code unusablePasswordHash} is a hash of a random
     * secret nobody knows, until the reviewer sets their own password through a one-time link.
     */
    public static Account reviewer(String email, String displayName, Panel panel, String unusablePasswordHash, Instant now) {
        if (panel == null) {
            throw new DomainRuleViolation("reviewer.panel.required");
        }
        Account account = new Account(email, displayName, unusablePasswordHash, Role.EXPERT, now, null);
        account.panel = panel;
        account.emailConfirmedAt = now;
        return account;
    }

    /** A new password, already hashed. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    /** The person opened the confirmation link sent to the address. Confirming again changes nothing. */
    public void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public boolean hasConfirmedEmail() {
        return emailConfirmedAt != null;
    }

    /** Refused with {@link EmailNotConfirmed} until the address is confirmed (a citizen's ballot needs it). */
    public void requireConfirmedEmail() {
        if (emailConfirmedAt == null) {
            throw new EmailNotConfirmed();
        }
    }

    public Panel getPanel() {
        return panel;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPrivacyConsentAt() {
        return privacyConsentAt;
    }
}
