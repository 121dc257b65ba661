package kr.go.msit.sovereignai.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import kr.go.msit.sovereignai.application.programme.GpuLedgerAdministration;
import kr.go.msit.sovereignai.application.programme.GpuLedgerView.AllocationLine;
import kr.go.msit.sovereignai.application.programme.GpuLedgerView.LeaseLine;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocationTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLeaseTerms;

/**
 * The GPU ledger's entry form, for a lease (the lessor supplies accelerators to a lessee) or an allocation (a
 * supplier gives them to a team): who supplies, to whom, which accelerator, how many, since when, a note, and the
 * entry being edited; and how the ledger records, revises and removes such an entry.
 */
public final class GpuEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which of the ledger's entries the form writes. */
    public enum Kind {
        LEASE,
        ALLOCATION
    }

    private final Kind kind;
    private Long editingId;
    /** The lessor of a lease, the supplier of an allocation. */
    private String supplier;
    /** A lease's lessee. */
    private String lessee;
    /** An allocation's team. */
    private Long teamId;

    private String accelerator;
    private Integer quantity;
    private LocalDate since;
    private String note;

    GpuEntryForm(Kind kind) {
        this.kind = kind;
    }

    /** The form's id on the page, where its fields' refusals are shown. */
    String formId() {
        return kind == Kind.LEASE ? GpuAdminPage.LEASE_FORM : GpuAdminPage.ALLOCATION_FORM;
    }

    public void editLease(LeaseLine entry) {
        GpuLeaseTerms terms = entry.terms();
        lessee = terms.lessee();
        fill(entry.id(), terms.lessor(), terms.accelerator(), terms.quantity(), terms.leasedFrom(), terms.note());
    }

    public void editAllocation(AllocationLine entry) {
        GpuAllocationTerms terms = entry.terms();
        teamId = terms.teamId();
        fill(entry.id(), terms.supplier(), terms.accelerator(), terms.quantity(), terms.allocatedFrom(), terms.note());
    }

    private void fill(Long id, String supplier, String accelerator, Integer quantity, LocalDate since, String note) {
        this.editingId = id;
        this.supplier = supplier;
        this.accelerator = accelerator;
        this.quantity = quantity;
        this.since = since;
        this.note = note;
    }

    /** Empties the form for a new entry. */
    public void clear() {
        lessee = null;
        teamId = null;
        fill(null, null, null, null, null, null);
    }

    /** Records the entry as typed, or revises the one being edited. */
    void save(GpuLedgerAdministration ledger) {
        if (kind == Kind.ALLOCATION) {
            saveAllocation(ledger, new GpuAllocationTerms(teamId, supplier, accelerator, quantity, since, note));
        } else if (editingId == null) {
            ledger.recordLease(new GpuLeaseTerms(supplier, lessee, accelerator, quantity, since, note));
        } else {
            ledger.reviseLease(editingId, new GpuLeaseTerms(supplier, lessee, accelerator, quantity, since, note));
        }
    }

    private void saveAllocation(GpuLedgerAdministration ledger, GpuAllocationTerms terms) {
        if (editingId == null) {
            ledger.recordAllocation(terms);
        } else {
            ledger.reviseAllocation(editingId, terms);
        }
    }

    void remove(GpuLedgerAdministration ledger, long id) {
        if (kind == Kind.LEASE) {
            ledger.removeLease(id);
        } else {
            ledger.removeAllocation(id);
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getLessee() {
        return lessee;
    }

    public void setLessee(String lessee) {
        this.lessee = lessee;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getAccelerator() {
        return accelerator;
    }

    public void setAccelerator(String accelerator) {
        this.accelerator = accelerator;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
