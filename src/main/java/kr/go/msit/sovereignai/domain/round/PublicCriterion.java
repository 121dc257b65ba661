package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** One question citizens answer for every team in a round's public evaluation, rated on the scale of {@link kr.go.msit.sovereignai.domain.ballot.Rating}. */
@Entity
@Table(name = "public_criterion")
public class PublicCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label_ko", nullable = false)
    private String labelKo;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    protected PublicCriterion() {
    }

    public PublicCriterion(String labelKo, String labelEn) {
        if (labelKo == null || labelKo.isBlank() || labelEn == null || labelEn.isBlank()) {
            throw new DomainRuleViolation("criterion.label.required");
        }
        this.labelKo = labelKo.strip();
        this.labelEn = labelEn.strip();
    }

    /** The default: a single question, overall satisfaction. */
    public static PublicCriterion overallSatisfaction() {
        return new PublicCriterion("전반적 만족도", "Overall satisfaction");
    }

    public Long getId() {
        return id;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public String getLabelEn() {
        return labelEn;
    }
}
