package kr.go.msit.sovereignai.domain.gpu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A lease of accelerators to the government, e.g. SK Telecom's 1,024 NVIDIA B200. */
@Entity
@Table(name = "gpu_lease")
public class GpuLease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String lessor;

    @Column(nullable = false)
    private String lessee;

    @Column(nullable = false)
    private String accelerator;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "leased_from")
    private LocalDate leasedFrom;

    private String note;

    @Version
    private long version;

    protected GpuLease() {}

    public GpuLease(GpuLeaseTerms terms) {
        revise(terms);
    }

    public void revise(GpuLeaseTerms terms) {
        if (terms.quantity() == null || terms.quantity() < 1) {
            throw new DomainRuleViolation("gpu.quantity.range");
        }
        this.lessor = terms.lessor();
        this.lessee = terms.lessee();
        this.accelerator = terms.accelerator();
        this.quantity = terms.quantity();
        this.leasedFrom = terms.leasedFrom();
        this.note = terms.note();
    }

    public GpuLeaseTerms terms() {
        return new GpuLeaseTerms(lessor, lessee, accelerator, quantity, leasedFrom, note);
    }

    public Long getId() {
        return id;
    }

    public String getLessor() {
        return lessor;
    }

    public String getLessee() {
        return lessee;
    }

    public String getAccelerator() {
        return accelerator;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getLeasedFrom() {
        return leasedFrom;
    }

    public String getNote() {
        return note;
    }
}
