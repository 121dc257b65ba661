package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of one panel's rubric as a round keeps it: the round's rubrics are one ordered list, panel by panel. */
@Embeddable
class RubricLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "panel", nullable = false)
    private Panel panel;

    @Column(name = "label_ko", nullable = false)
    private String labelKo;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    protected RubricLine() {
    }

    RubricLine(Panel panel, RubricCriterion criterion) {
        this.panel = panel;
        this.labelKo = criterion.labelKo();
        this.labelEn = criterion.labelEn();
        this.maxPoints = criterion.maxPoints();
    }

    Panel panel() {
        return panel;
    }

    RubricCriterion criterion() {
        return new RubricCriterion(labelKo, labelEn, maxPoints);
    }
}
