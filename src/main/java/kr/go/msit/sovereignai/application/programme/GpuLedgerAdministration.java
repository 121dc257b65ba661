package kr.go.msit.sovereignai.application.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocationTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;
import kr.go.msit.sovereignai.domain.gpu.GpuLeaseTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLedgerRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/** Administrators keep the ledger of leased and allocated accelerators. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class GpuLedgerAdministration {

    private final GpuLedgerRepository ledger;
    private final TeamRepository teams;
    private final Event<StateChange> changes;

    @Inject
    public GpuLedgerAdministration(GpuLedgerRepository ledger, TeamRepository teams, Event<StateChange> changes) {
        this.ledger = ledger;
        this.teams = teams;
        this.changes = changes;
    }

    /** For the container's proxies only. */
    protected GpuLedgerAdministration() {
        this(null, null, null);
    }

    public GpuLease recordLease(@NotNull @Valid GpuLeaseTerms terms) {
        GpuLease lease = new GpuLease(terms);
        ledger.store(lease);
        changes.fire(new StateChange(AuditAction.GPU_LEASE_RECORDED, "lease " + lease.getId(), null, terms.toString()));
        return lease;
    }

    public GpuLease reviseLease(long leaseId, @NotNull @Valid GpuLeaseTerms terms) {
        GpuLease lease = ledger.findLease(leaseId).orElseThrow(() -> new NotFound("gpu.lease.notFound"));
        GpuLeaseTerms before = lease.terms();
        lease.revise(terms);
        changes.fire(new StateChange(
                AuditAction.GPU_LEASE_REVISED, "lease " + leaseId, before.toString(), terms.toString()));
        return lease;
    }

    public void removeLease(long leaseId) {
        GpuLease lease = ledger.findLease(leaseId).orElseThrow(() -> new NotFound("gpu.lease.notFound"));
        changes.fire(new StateChange(
                AuditAction.GPU_LEASE_REMOVED, "lease " + leaseId, lease.terms().toString(), null));
        ledger.remove(lease);
    }

    public GpuAllocation recordAllocation(@NotNull @Valid GpuAllocationTerms terms) {
        GpuAllocation allocation = new GpuAllocation(teamOf(terms), terms);
        ledger.store(allocation);
        changes.fire(new StateChange(
                AuditAction.GPU_ALLOCATION_RECORDED, "allocation " + allocation.getId(), null, terms.toString()));
        return allocation;
    }

    public GpuAllocation reviseAllocation(long allocationId, @NotNull @Valid GpuAllocationTerms terms) {
        GpuAllocation allocation =
                ledger.findAllocation(allocationId).orElseThrow(() -> new NotFound("gpu.allocation.notFound"));
        GpuAllocationTerms before = allocation.terms();
        allocation.revise(teamOf(terms), terms);
        changes.fire(new StateChange(
                AuditAction.GPU_ALLOCATION_REVISED, "allocation " + allocationId, before.toString(), terms.toString()));
        return allocation;
    }

    public void removeAllocation(long allocationId) {
        GpuAllocation allocation =
                ledger.findAllocation(allocationId).orElseThrow(() -> new NotFound("gpu.allocation.notFound"));
        changes.fire(new StateChange(
                AuditAction.GPU_ALLOCATION_REMOVED,
                "allocation " + allocationId,
                allocation.terms().toString(),
                null));
        ledger.remove(allocation);
    }

    private Team teamOf(GpuAllocationTerms terms) {
        return teams.find(terms.teamId()).orElseThrow(() -> new NotFound("team.notFound"));
    }
}
