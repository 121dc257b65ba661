package kr.go.msit.sovereignai.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An account whose person an identity provider verified (see V22__verified_identity.sql): the person key (a keyed
 * hash, {@link PersonKey}), and the birth year and sex where the provider asserted them. Nothing else from the
 * provider is kept. One per account and one per person, both unique in the database.
 */
@Entity
@Table(name = "verified_identity")
public class VerifiedIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, unique = true, updatable = false)
    private long accountId;

    @Column(name = "person_key", nullable = false, unique = true, updatable = false, length = 64)
    private String personKey;

    @Column(name = "birth_year", updatable = false)
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 1)
    private Sex sex;

    @Column(name = "verified_at", nullable = false, updatable = false)
    private Instant verifiedAt;

    protected VerifiedIdentity() {}

    public VerifiedIdentity(long accountId, String personKey, Integer birthYear, Sex sex, Instant verifiedAt) {
        if (personKey == null || !personKey.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a person key is 64 hexadecimal digits");
        }
        this.accountId = accountId;
        this.personKey = personKey;
        this.birthYear = birthYear;
        this.sex = sex;
        this.verifiedAt = verifiedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPersonKey() {
        return personKey;
    }

    public Optional<Integer> birthYear() {
        return Optional.ofNullable(birthYear);
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
