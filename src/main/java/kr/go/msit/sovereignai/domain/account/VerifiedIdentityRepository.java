package kr.go.msit.sovereignai.domain.account;

import java.util.Optional;

/** Verified identities: one per account, one per person key. */
public interface VerifiedIdentityRepository {

    Optional<VerifiedIdentity> findByAccount(long accountId);

    Optional<VerifiedIdentity> findByPersonKey(String personKey);

    /** Whether the account's person was verified; one indexed look-up. */
    boolean isVerified(long accountId);

    /**
     * Stores a new verified identity, flushed at once: a second one for the same person (or account) is refused by
     * the database's unique constraints with {@link PersonAlreadyVerified} (its masked address unknown here: null).
     */
    void store(VerifiedIdentity identity);

    /** Forgets the account's verified identity, if it has one (its person may then verify another account). */
    void deleteByAccount(long accountId);
}
