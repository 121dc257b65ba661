package kr.go.msit.sovereignai.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
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

    @Inject
    GpuLedgerRepository ledger;

    @Inject
    TeamRepository teams;

    public GpuLease recordLease(@NotNull @Valid GpuLeaseTerms terms) {
        GpuLease lease = new GpuLease(terms);
        ledger.store(lease);
        return lease;
    }

    public GpuLease reviseLease(long leaseId, @NotNull @Valid GpuLeaseTerms terms) {
        GpuLease lease = ledger.findLease(leaseId).orElseThrow(() -> new DomainRuleViolation("gpu.lease.notFound"));
        lease.revise(terms);
        return lease;
    }

    public void removeLease(long leaseId) {
        ledger.remove(ledger.findLease(leaseId).orElseThrow(() -> new DomainRuleViolation("gpu.lease.notFound")));
    }

    public GpuAllocation recordAllocation(@NotNull @Valid GpuAllocationTerms terms) {
        GpuAllocation allocation = new GpuAllocation(teamOf(terms), terms);
        ledger.store(allocation);
        return allocation;
    }

    public GpuAllocation reviseAllocation(long allocationId, @NotNull @Valid GpuAllocationTerms terms) {
        GpuAllocation allocation = ledger.findAllocation(allocationId)
                .orElseThrow(() -> new DomainRuleViolation("gpu.allocation.notFound"));
        allocation.revise(teamOf(terms), terms);
        return allocation;
    }

    public void removeAllocation(long allocationId) {
        ledger.remove(ledger.findAllocation(allocationId)
                .orElseThrow(() -> new DomainRuleViolation("gpu.allocation.notFound")));
    }

    private Team teamOf(GpuAllocationTerms terms) {
        return teams.find(terms.teamId()).orElseThrow(() -> new DomainRuleViolation("team.notFound"));
    }
}
