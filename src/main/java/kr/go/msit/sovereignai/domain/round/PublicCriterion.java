package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kr.go.msit.sovereignai.domain.LocalizedText;

/** One question citizens answer for every team in a round's public evaluation, rated on the scale of {@link kr.go.msit.sovereignai.domain.ballot.Rating}. */
@Entity
@Table(name = "public_criterion")
public class PublicCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "label_ko", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", nullable = false))
    })
    private LocalizedText label;

    protected PublicCriterion() {}

    public PublicCriterion(LocalizedText label) {
        this.label = LocalizedText.required(label, "criterion.label.required");
    }

    /** The default: a single question, overall satisfaction. */
    public static PublicCriterion overallSatisfaction() {
        return new PublicCriterion(LocalizedText.of("전반적 만족도", "Overall satisfaction"));
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getLabel() {
        return label;
    }
}
