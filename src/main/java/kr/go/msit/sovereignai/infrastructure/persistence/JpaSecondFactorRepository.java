package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    @Override
    public Optional<SecondFactor> findForUpdate(long accountId) {
        return Optional.ofNullable(entityManager.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE));
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
