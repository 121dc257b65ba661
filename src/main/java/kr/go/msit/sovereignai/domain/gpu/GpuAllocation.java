package kr.go.msit.sovereignai.domain.gpu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.team.Team;

/** Accelerators a supplier (usually the government, from leased GPUs) provides to a team. */
@Entity
@Table(name = "gpu_allocation")
public class GpuAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(nullable = false)
    private String supplier;

    @Column(nullable = false)
    private String accelerator;

    /** Null when the quantity has not been disclosed. */
    private Integer quantity;

    @Column(name = "allocated_from")
    private LocalDate allocatedFrom;

    private String note;

    @Version
    private long version;

    protected GpuAllocation() {}

    public GpuAllocation(Team team, GpuAllocationTerms terms) {
        revise(team, terms);
    }

    public void revise(Team team, GpuAllocationTerms terms) {
        if (terms.quantity() != null && terms.quantity() < 1) {
            throw new DomainRuleViolation("gpu.quantity.range");
        }
        this.team = team;
        this.supplier = terms.supplier();
        this.accelerator = terms.accelerator();
        this.quantity = terms.quantity();
        this.allocatedFrom = terms.allocatedFrom();
        this.note = terms.note();
    }

    public GpuAllocationTerms terms() {
        return new GpuAllocationTerms(team.getId(), supplier, accelerator, quantity, allocatedFrom, note);
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getAccelerator() {
        return accelerator;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public LocalDate getAllocatedFrom() {
        return allocatedFrom;
    }

    public String getNote() {
        return note;
    }
}
