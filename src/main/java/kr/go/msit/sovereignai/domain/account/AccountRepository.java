package kr.go.msit.sovereignai.domain.account;

import java.util.Optional;

public interface AccountRepository {

    /**
     * The account {@code address} reaches: the one with the same {@link Mailbox}, however the address is spelled
     * ({@code x.y+tag@gmail.com} reaches the account of {@code xy@gmail.com}). Empty when it is not an address.
     */
    Optional<Account> findByEmail(String address);

    boolean existsWithRole(Role role);

    java.util.Optional<Account> find(long id);

    /** Every reviewer account, by panel then name. */
    java.util.List<Account> reviewers();

    void store(OneTimeLink link);

    /** The link whose secret hashes to {@code secretHash}, whatever its purpose (the link checks that when used). */
    java.util.Optional<OneTimeLink> findLink(String secretHash);

    // Second factor and disabling (H4)

    /** How many accounts with this role can sign in (not disabled): the last administrator is never disabled. */
    long countEnabledWithRole(Role role);

    /** The credentials generation of the account with this address (one column, for the per-request session check). */
    java.util.OptionalInt credentialsGeneration(String canonicalEmail);

    /**
     * The account with its row locked until the transaction ends (disabling takes the caller's and the target's), read
     * under the lock: a copy loaded earlier in the transaction is refreshed.
     */
    java.util.Optional<Account> findForUpdate(long id);

    /** Every disabled account, the latest disabled first. */
    java.util.List<Account> disabled();

    /**
     * Stores a new account; a second account with the same email or mailbox is refused by the database
     * (account.email.taken).
     */
    void store(Account account);
}
