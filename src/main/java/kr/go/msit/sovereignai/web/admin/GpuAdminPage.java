package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.go.msit.sovereignai.application.programme.GpuLedgerAdministration;
import kr.go.msit.sovereignai.application.programme.GpuLedgerView;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/** Administrators keep the GPU ledger: leases to the government and allocations to teams. */
@Named
@ViewScoped
public class GpuAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LEASE_FORM = "leaseForm";
    static final String ALLOCATION_FORM = "allocationForm";

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    GpuLedgerAdministration administration;

    private final GpuEntryForm lease = new GpuEntryForm(GpuEntryForm.Kind.LEASE);
    private final GpuEntryForm allocation = new GpuEntryForm(GpuEntryForm.Kind.ALLOCATION);

    /** The teams, leases and allocations, kept for the view so row actions address the rows the administrator saw. */
    private GpuLedgerView ledger;

    public GpuLedgerView getLedger() {
        if (ledger == null) {
            ledger = catalogue.gpuLedger();
        }
        return ledger;
    }

    /** Records the form's entry, or revises the one being edited; then the form is emptied and the ledger reloaded. */
    public void save(GpuEntryForm form) {
        PageActions.attempt(form.formId(), () -> {
            form.save(administration);
            done("admin.gpu.saved", form);
        });
    }

    public void remove(GpuEntryForm form, long id) {
        PageActions.attempt(() -> {
            form.remove(administration, id);
            done("admin.gpu.removed", form);
        });
    }

    private void done(String messageKey, GpuEntryForm form) {
        Messages.info(messageKey);
        form.clear();
        ledger = null;
    }

    public GpuEntryForm getLease() {
        return lease;
    }

    public GpuEntryForm getAllocation() {
        return allocation;
    }
}
