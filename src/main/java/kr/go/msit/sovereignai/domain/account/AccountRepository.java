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

    /**
     * Stores a new account; a second account with the same email or mailbox is refused by the database
     * (account.email.taken).
     */
    void store(Account account);
}
