package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.LocalizedText;

/** One line of one panel's rubric as a round keeps it: the round's rubrics are one ordered list, panel by panel. */
@Embeddable
class RubricLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "panel", nullable = false)
    private Panel panel;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "label_ko", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", nullable = false))
    })
    private LocalizedText label;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    protected RubricLine() {}

    RubricLine(Panel panel, RubricCriterion criterion) {
        this.panel = panel;
        this.label = criterion.label();
        this.maxPoints = criterion.maxPoints();
    }

    Panel panel() {
        return panel;
    }

    RubricCriterion criterion() {
        return new RubricCriterion(label, maxPoints);
    }
}
