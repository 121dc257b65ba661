package kr.go.msit.sovereignai.domain.account;

import java.util.Optional;

/** Accounts' second factors, by account id. */
public interface SecondFactorRepository {

    Optional<SecondFactor> find(long accountId);

    /**
     * The second factor with its row locked until the transaction ends, read under the lock (a copy loaded earlier in
     * the transaction is refreshed): two sign-ins cannot both spend one code, and the second sees it spent.
     */
    Optional<SecondFactor> findForUpdate(long accountId);

    void store(SecondFactor secondFactor);

    /** Forgets an enrolment that was started and not finished (a new secret replaces it). */
    void remove(SecondFactor secondFactor);
}
