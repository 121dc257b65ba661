package kr.go.msit.sovereignai.domain.gpu;

import java.util.List;
import java.util.Optional;

public interface GpuLedgerRepository {

    List<GpuLease> leases();

    List<GpuAllocation> allocations();

    List<GpuAllocation> allocationsTo(long teamId);

    Optional<GpuLease> findLease(long id);

    Optional<GpuAllocation> findAllocation(long id);

    void store(GpuLease lease);

    void store(GpuAllocation allocation);

    void remove(GpuLease lease);

    void remove(GpuAllocation allocation);
}
