package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Account_;
import kr.go.msit.sovereignai.domain.account.Mailbox;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;
import kr.go.msit.sovereignai.domain.account.OneTimeLink_;
import kr.go.msit.sovereignai.domain.account.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Account> findByEmail(String address) {
        String mailbox;
        try {
            mailbox = Mailbox.of(address);
        } catch (DomainRuleViolation notAnAddress) {
            return Optional.empty();
        }
        // On every sign-in and first ballot of a session: a JPQL string, kept translated in Hibernate's plan cache.
        return entityManager
                .createQuery("SELECT a FROM Account a WHERE a.mailbox = :mailbox", Account.class)
                .setParameter("mailbox", mailbox)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public boolean existsWithRole(Role role) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Long.class);
        var account = query.from(Account.class);
        query.select(account.get(Account_.id)).where(builder.equal(account.get(Account_.role), role));
        return !entityManager
                .createQuery(query)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    @Override
    public List<Account> reviewers() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Account.class);
        var account = query.from(Account.class);
        query.where(builder.equal(account.get(Account_.role), Role.EXPERT))
                .orderBy(builder.asc(account.get(Account_.panel)), builder.asc(account.get(Account_.displayName)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public void store(OneTimeLink link) {
        entityManager.persist(link);
    }

    @Override
    public Optional<OneTimeLink> findLink(String secretHash) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(OneTimeLink.class);
        var link = query.from(OneTimeLink.class);
        query.where(builder.equal(link.get(OneTimeLink_.secretHash), secretHash));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public long countEnabledWithRole(Role role) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Long.class);
        var account = query.from(Account.class);
        query.select(builder.count(account))
                .where(
                        builder.equal(account.get(Account_.role), role),
                        builder.isNull(account.get(Account_.disabledAt)));
        return entityManager.createQuery(query).getSingleResult();
    }

    @Override
    public OptionalInt credentialsGeneration(String canonicalEmail) {
        // Read for every signed-in request now and then (CredentialGenerations): a JPQL string, kept translated.
        return entityManager
                .createQuery("SELECT a.credentialsGeneration FROM Account a WHERE a.email = :email", Integer.class)
                .setParameter("email", canonicalEmail)
                .getResultList()
                .stream()
                .mapToInt(Integer::intValue)
                .findFirst();
    }

    @Override
    public Optional<Account> findForUpdate(long id) {
        // The row lock first, then the entity read or refreshed under it (see JpaSecondFactorRepository.findForUpdate):
        // a copy loaded earlier in the transaction is brought up to date instead of failing later as stale.
        // Native: a plain FOR UPDATE row lock, without Hibernate's version check of a copy read before it.
        boolean exists = !entityManager
                .createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        Account account = entityManager.find(Account.class, id);
        entityManager.refresh(account);
        return Optional.of(account);
    }

    @Override
    public List<Account> disabled() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Account.class);
        var account = query.from(Account.class);
        query.where(builder.isNotNull(account.get(Account_.disabledAt)))
                .orderBy(builder.desc(account.get(Account_.disabledAt)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public void store(Account account) {
        try {
            entityManager.persist(account);
            // Flush now so a duplicate email fails here, inside the caller's use case.
            entityManager.flush();
        } catch (PersistenceException failure) {
            if (DatabaseConstraints.violated(failure, "UK_ACCOUNT_EMAIL")
                    || DatabaseConstraints.violated(failure, "UK_ACCOUNT_MAILBOX")) {
                throw new InvalidInput(InvalidInput.Input.EMAIL, "account.email.taken");
            }
            throw failure;
        }
    }
}
