package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;

/** The teams list and the GPU ledger: read-only public pages over the catalogue. */
@Named
@RequestScoped
public class CataloguePage {

    @Inject
    ProgrammeCatalogue catalogue;

    private List<TeamView> teams;
    private List<GpuLease> leases;
    private List<GpuAllocation> allocations;

    public List<TeamView> getTeams() {
        if (teams == null) {
            teams = catalogue.allTeams();
        }
        return teams;
    }

    public List<GpuLease> getLeases() {
        if (leases == null) {
            leases = catalogue.gpuLeases();
        }
        return leases;
    }

    public List<GpuAllocation> getAllocations() {
        if (allocations == null) {
            allocations = catalogue.gpuAllocations();
        }
        return allocations;
    }

    /** Leased accelerators summed per model, e.g. NVIDIA B200 -> 1,024. */
    public Map<String, Integer> getLeasedTotals() {
        Map<String, Integer> totals = new TreeMap<>();
        getLeases().forEach(lease -> totals.merge(lease.getAccelerator(), lease.getQuantity(), Integer::sum));
        return totals;
    }
}
