package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation_;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;
import kr.go.msit.sovereignai.domain.gpu.GpuLease_;
import kr.go.msit.sovereignai.domain.gpu.GpuLedgerRepository;
import kr.go.msit.sovereignai.domain.team.Team_;

@ApplicationScoped
public class JpaGpuLedgerRepository implements GpuLedgerRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<GpuLease> leases() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(GpuLease.class);
        var lease = query.from(GpuLease.class);
        query.orderBy(builder.asc(lease.get(GpuLease_.id)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<GpuAllocation> allocations() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(GpuAllocation.class);
        var allocation = query.from(GpuAllocation.class);
        query.orderBy(builder.asc(allocation.get(GpuAllocation_.id)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<GpuAllocation> allocationsTo(long teamId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(GpuAllocation.class);
        var allocation = query.from(GpuAllocation.class);
        query.where(builder.equal(allocation.get(GpuAllocation_.team).get(Team_.id), teamId))
                .orderBy(builder.asc(allocation.get(GpuAllocation_.id)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public Optional<GpuLease> findLease(long id) {
        return Optional.ofNullable(entityManager.find(GpuLease.class, id));
    }

    @Override
    public Optional<GpuAllocation> findAllocation(long id) {
        return Optional.ofNullable(entityManager.find(GpuAllocation.class, id));
    }

    @Override
    public void store(GpuLease lease) {
        entityManager.persist(lease);
    }

    @Override
    public void store(GpuAllocation allocation) {
        entityManager.persist(allocation);
    }

    @Override
    public void remove(GpuLease lease) {
        entityManager.remove(lease);
    }

    @Override
    public void remove(GpuAllocation allocation) {
        entityManager.remove(allocation);
    }
}
