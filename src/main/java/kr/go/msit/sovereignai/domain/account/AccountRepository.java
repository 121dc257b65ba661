package kr.go.msit.sovereignai.domain.account;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findByEmail(String canonicalEmail);

    boolean existsWithRole(Role role);

    java.util.Optional<Account> find(long id);

    /** Every reviewer account, by panel then name. */
    java.util.List<Account> reviewers();

    void store(OneTimeLink link);

    /** The link whose secret hashes to {@code secretHash}, whatever its purpose (the link checks that when used). */
    java.util.Optional<OneTimeLink> findLink(String secretHash);

    /** Stores a new account; a second account with the same email is refused by the database (account.email.taken). */
    void store(Account account);
}
