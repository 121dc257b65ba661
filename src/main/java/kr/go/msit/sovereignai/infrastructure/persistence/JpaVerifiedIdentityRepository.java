package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused;
import kr.go.msit.sovereignai.domain.account.PersonAlreadyVerified;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity_;

@ApplicationScoped
public class JpaVerifiedIdentityRepository implements VerifiedIdentityRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<VerifiedIdentity> findByAccount(long accountId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(VerifiedIdentity.class);
        var identity = query.from(VerifiedIdentity.class);
        query.where(builder.equal(identity.get(VerifiedIdentity_.accountId), accountId));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public Optional<VerifiedIdentity> findByPersonKey(String personKey) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(VerifiedIdentity.class);
        var identity = query.from(VerifiedIdentity.class);
        query.where(builder.equal(identity.get(VerifiedIdentity_.personKey), personKey));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public boolean isVerified(long accountId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Long.class);
        var identity = query.from(VerifiedIdentity.class);
        query.select(identity.get(VerifiedIdentity_.id))
                .where(builder.equal(identity.get(VerifiedIdentity_.accountId), accountId));
        return !entityManager
                .createQuery(query)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void store(VerifiedIdentity identity) {
        try {
            entityManager.persist(identity);
            // Flush now so a second account of the same person fails here, inside the caller's use case.
            entityManager.flush();
        } catch (PersistenceException failure) {
            if (DatabaseConstraints.violated(failure, "UK_VERIFIED_IDENTITY_PERSON")) {
                throw new PersonAlreadyVerified(null);
            }
            if (DatabaseConstraints.violated(failure, "UK_VERIFIED_IDENTITY_ACCOUNT")) {
                throw new IdentityVerificationRefused(IdentityVerificationRefused.Reason.ALREADY_VERIFIED);
            }
            throw failure;
        }
    }

    @Override
    public void deleteByAccount(long accountId) {
        var builder = entityManager.getCriteriaBuilder();
        var delete = builder.createCriteriaDelete(VerifiedIdentity.class);
        var identity = delete.from(VerifiedIdentity.class);
        delete.where(builder.equal(identity.get(VerifiedIdentity_.accountId), accountId));
        entityManager.createQuery(delete).executeUpdate();
    }
}
