package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import kr.go.msit.sovereignai.domain.audit.AuditEntry_;
import kr.go.msit.sovereignai.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    PlatformSettings settings;

    @Override
    public Optional<AuditEntry> lockHead() {
        settings.lock("audit.head");
        return latest(1).stream().findFirst();
    }

    @Override
    public void append(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> all() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(AuditEntry.class);
        var entry = query.from(AuditEntry.class);
        query.orderBy(builder.asc(entry.get(AuditEntry_.sequence)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<AuditEntry> latest(int count) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(AuditEntry.class);
        var entry = query.from(AuditEntry.class);
        query.orderBy(builder.desc(entry.get(AuditEntry_.sequence)));
        return entityManager.createQuery(query).setMaxResults(count).getResultList();
    }

    @Override
    public void recordRefusal(String actor, String action, String detail, Instant refusedAt) {
        entityManager.persist(new RefusedRequest(actor, action, detail, refusedAt));
    }
}
