package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.GpuLedgerView;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.TeamView;

/** The teams list and the GPU ledger: read-only public pages over the catalogue. */
@Named
@RequestScoped
public class CataloguePage {

    @Inject
    ProgrammeCatalogue catalogue;

    private List<TeamView> teams;
    private GpuLedgerView ledger;

    public List<TeamView> getTeams() {
        if (teams == null) {
            teams = catalogue.allTeams();
        }
        return teams;
    }

    /** The leases, the allocations and their totals, read once per request. */
    public GpuLedgerView getLedger() {
        if (ledger == null) {
            ledger = catalogue.gpuLedger();
        }
        return ledger;
    }
}
