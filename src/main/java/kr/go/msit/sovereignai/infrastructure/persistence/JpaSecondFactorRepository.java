package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.account.SecondFactor;
import kr.go.msit.sovereignai.domain.account.SecondFactorRepository;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<SecondFactor> find(long accountId) {
        return Optional.ofNullable(entityManager.find(SecondFactor.class, accountId));
    }

    /**
     * The row lock first, then the entity read or refreshed under it (the pattern of JpaReviewRoundRepository.lock): a
     * copy this transaction loaded before the lock is brought up to date, so two sign-ins with the same code end in a
     * clean REUSED, not in an optimistic-lock failure. (A PESSIMISTIC_WRITE find returns an already loaded copy as it
     * is, and Hibernate's locking refresh was seen failing a waiting transaction as stale on PostgreSQL.)
     */
    @Override
    public Optional<SecondFactor> findForUpdate(long accountId) {
        // Native: a plain FOR UPDATE row lock, without Hibernate's version check of a copy read before it.
        boolean exists = !entityManager
                .createNativeQuery("SELECT account_id FROM second_factor WHERE account_id = ?1 FOR UPDATE")
                .setParameter(1, accountId)
                .getResultList()
                .isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        SecondFactor factor = entityManager.find(SecondFactor.class, accountId);
        entityManager.refresh(factor);
        return Optional.of(factor);
    }

    @Override
    public void store(SecondFactor secondFactor) {
        entityManager.persist(secondFactor);
    }

    @Override
    public void remove(SecondFactor secondFactor) {
        entityManager.remove(secondFactor);
        entityManager.flush(); // a new enrolment for the same account follows in the same transaction
    }
}
