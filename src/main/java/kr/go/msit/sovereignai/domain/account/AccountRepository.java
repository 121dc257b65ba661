package kr.go.msit.sovereignai.domain.account;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findByEmail(String canonicalEmail);

    boolean existsWithRole(Role role);

    /** Stores a new account; a second account with the same email is refused by the database (account.email.taken). */
    void store(Account account);
}
