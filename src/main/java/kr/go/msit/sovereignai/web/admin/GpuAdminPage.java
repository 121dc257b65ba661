package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.GpuLedgerAdministration;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocationTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;
import kr.go.msit.sovereignai.domain.gpu.GpuLeaseTerms;
import kr.go.msit.sovereignai.domain.team.Team;
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

    private Long leaseId;
    private String lessor;
    private String lessee;
    private String leaseAccelerator;
    private Integer leaseQuantity;
    private LocalDate leasedFrom;
    private String leaseNote;

    private Long allocationId;
    private Long teamId;
    private String supplier;
    private String allocationAccelerator;
    private Integer allocationQuantity;
    private LocalDate allocatedFrom;
    private String allocationNote;

    private transient List<GpuLease> leases;
    private transient List<GpuAllocation> allocations;
    private transient List<Team> teams;

    /** Loaded once per view so row actions address the rows the administrator saw. */
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

    public List<Team> getTeams() {
        if (teams == null) {
            teams = catalogue.allTeams();
        }
        return teams;
    }

    private void reload() {
        leases = null;
        allocations = null;
    }

    public void newLease() {
        leaseId = null;
        lessor = lessee = leaseAccelerator = leaseNote = null;
        leaseQuantity = null;
        leasedFrom = null;
    }

    public void editLease(GpuLease lease) {
        GpuLeaseTerms terms = lease.terms();
        leaseId = lease.getId();
        lessor = terms.lessor();
        lessee = terms.lessee();
        leaseAccelerator = terms.accelerator();
        leaseQuantity = terms.quantity();
        leasedFrom = terms.leasedFrom();
        leaseNote = terms.note();
    }

    public void saveLease() {
        GpuLeaseTerms terms = new GpuLeaseTerms(lessor, lessee, leaseAccelerator, leaseQuantity, leasedFrom, leaseNote);
        PageActions.attempt(LEASE_FORM, () -> {
            if (leaseId == null) {
                administration.recordLease(terms);
            } else {
                administration.reviseLease(leaseId, terms);
            }
            Messages.info("admin.gpu.saved");
            newLease();
            reload();
        });
    }

    public void removeLease(long id) {
        PageActions.attempt(() -> {
            administration.removeLease(id);
            Messages.info("admin.gpu.removed");
            newLease();
            reload();
        });
    }

    public void newAllocation() {
        allocationId = null;
        teamId = null;
        supplier = allocationAccelerator = allocationNote = null;
        allocationQuantity = null;
        allocatedFrom = null;
    }

    public void editAllocation(GpuAllocation allocation) {
        GpuAllocationTerms terms = allocation.terms();
        allocationId = allocation.getId();
        teamId = terms.teamId();
        supplier = terms.supplier();
        allocationAccelerator = terms.accelerator();
        allocationQuantity = terms.quantity();
        allocatedFrom = terms.allocatedFrom();
        allocationNote = terms.note();
    }

    public void saveAllocation() {
        GpuAllocationTerms terms = new GpuAllocationTerms(teamId, supplier, allocationAccelerator, allocationQuantity,
                allocatedFrom, allocationNote);
        PageActions.attempt(ALLOCATION_FORM, () -> {
            if (allocationId == null) {
                administration.recordAllocation(terms);
            } else {
                administration.reviseAllocation(allocationId, terms);
            }
            Messages.info("admin.gpu.saved");
            newAllocation();
            reload();
        });
    }

    public void removeAllocation(long id) {
        PageActions.attempt(() -> {
            administration.removeAllocation(id);
            Messages.info("admin.gpu.removed");
            newAllocation();
            reload();
        });
    }

    public boolean isEditingLease() {
        return leaseId != null;
    }

    public boolean isEditingAllocation() {
        return allocationId != null;
    }

    public String getLessor() {
        return lessor;
    }

    public void setLessor(String lessor) {
        this.lessor = lessor;
    }

    public String getLessee() {
        return lessee;
    }

    public void setLessee(String lessee) {
        this.lessee = lessee;
    }

    public String getLeaseAccelerator() {
        return leaseAccelerator;
    }

    public void setLeaseAccelerator(String leaseAccelerator) {
        this.leaseAccelerator = leaseAccelerator;
    }

    public Integer getLeaseQuantity() {
        return leaseQuantity;
    }

    public void setLeaseQuantity(Integer leaseQuantity) {
        this.leaseQuantity = leaseQuantity;
    }

    public LocalDate getLeasedFrom() {
        return leasedFrom;
    }

    public void setLeasedFrom(LocalDate leasedFrom) {
        this.leasedFrom = leasedFrom;
    }

    public String getLeaseNote() {
        return leaseNote;
    }

    public void setLeaseNote(String leaseNote) {
        this.leaseNote = leaseNote;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getAllocationAccelerator() {
        return allocationAccelerator;
    }

    public void setAllocationAccelerator(String allocationAccelerator) {
        this.allocationAccelerator = allocationAccelerator;
    }

    public Integer getAllocationQuantity() {
        return allocationQuantity;
    }

    public void setAllocationQuantity(Integer allocationQuantity) {
        this.allocationQuantity = allocationQuantity;
    }

    public LocalDate getAllocatedFrom() {
        return allocatedFrom;
    }

    public void setAllocatedFrom(LocalDate allocatedFrom) {
        this.allocatedFrom = allocatedFrom;
    }

    public String getAllocationNote() {
        return allocationNote;
    }

    public void setAllocationNote(String allocationNote) {
        this.allocationNote = allocationNote;
    }
}
