package kr.go.msit.sovereignai.domain.round;

import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;

/** One line of a panel's rubric: what is judged and how many points it carries. */
public record RubricCriterion(LocalizedText label, BigDecimal maxPoints) {

    public RubricCriterion {
        label = LocalizedText.required(label, "criterion.label.required").atMost(200);
        maxPoints = Points.of(maxPoints);
        if (maxPoints.signum() == 0) {
            throw new DomainRuleViolation("rubric.criterion.zero");
        }
    }

    /** A score for this line: between 0 and the maximum, to one decimal. */
    public BigDecimal check(BigDecimal score) {
        BigDecimal points = Points.of(score);
        if (points.compareTo(maxPoints) > 0) {
            throw new DomainRuleViolation("score.aboveMaximum", maxPoints);
        }
        return points;
    }
}
