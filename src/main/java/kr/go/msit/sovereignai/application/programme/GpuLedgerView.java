package kr.go.msit.sovereignai.application.programme;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocationTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;
import kr.go.msit.sovereignai.domain.gpu.GpuLeaseTerms;

/**
 * The GPU ledger as pages show it, read in one transaction: the teams, the leases to the government and the
 * allocations to teams. Copies, never the managed entries.
 */
public record GpuLedgerView(List<TeamView> teams, List<LeaseLine> leases, List<AllocationLine> allocations)
        implements Serializable {

    public GpuLedgerView {
        teams = List.copyOf(teams);
        leases = List.copyOf(leases);
        allocations = List.copyOf(allocations);
    }

    /** Leased accelerators summed per model, e.g. NVIDIA B200 -> 1,024. */
    public Map<String, Integer> leasedTotals() {
        Map<String, Integer> totals = new TreeMap<>();
        leases.forEach(lease -> totals.merge(lease.accelerator(), lease.quantity(), Integer::sum));
        return totals;
    }

    /** A lease of accelerators to the government, with the id its edit and removal address. */
    public record LeaseLine(
            long id, String lessor, String lessee, String accelerator, int quantity, LocalDate leasedFrom, String note)
            implements Serializable {

        static LeaseLine of(GpuLease lease) {
            GpuLeaseTerms terms = lease.terms();
            return new LeaseLine(
                    lease.getId(),
                    terms.lessor(),
                    terms.lessee(),
                    terms.accelerator(),
                    terms.quantity(),
                    terms.leasedFrom(),
                    terms.note());
        }

        /** The lease as its entry form revises it. */
        public GpuLeaseTerms terms() {
            return new GpuLeaseTerms(lessor, lessee, accelerator, quantity, leasedFrom, note);
        }
    }

    /**
     * Accelerators a supplier gives a team, with the id its edit and removal address. {@code quantity} is null
     * when it has not been disclosed.
     */
    public record AllocationLine(
            long id,
            long teamId,
            String teamCode,
            LocalizedText teamName,
            String supplier,
            String accelerator,
            Integer quantity,
            LocalDate allocatedFrom,
            String note)
            implements Serializable {

        static AllocationLine of(GpuAllocation allocation) {
            GpuAllocationTerms terms = allocation.terms();
            return new AllocationLine(
                    allocation.getId(),
                    terms.teamId(),
                    allocation.getTeam().getCode(),
                    allocation.getTeam().getName(),
                    terms.supplier(),
                    terms.accelerator(),
                    terms.quantity(),
                    terms.allocatedFrom(),
                    terms.note());
        }

        /** The allocation as its entry form revises it. */
        public GpuAllocationTerms terms() {
            return new GpuAllocationTerms(teamId, supplier, accelerator, quantity, allocatedFrom, note);
        }
    }
}
