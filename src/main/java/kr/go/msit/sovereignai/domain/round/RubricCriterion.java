package kr.go.msit.sovereignai.domain.round;

import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** One line of a panel's rubric: what is judged and how many points it carries. */
public record RubricCriterion(String labelKo, String labelEn, BigDecimal maxPoints) {

    public RubricCriterion {
        if (labelKo == null || labelKo.isBlank() || labelEn == null || labelEn.isBlank()) {
            throw new DomainRuleViolation("criterion.label.required");
        }
        labelKo = labelKo.strip();
        labelEn = labelEn.strip();
        if (labelKo.length() > 200 || labelEn.length() > 200) {
            throw new DomainRuleViolation("text.tooLong");
        }
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
