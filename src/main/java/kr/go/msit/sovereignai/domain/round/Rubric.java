package kr.go.msit.sovereignai.domain.round;

import java.math.BigDecimal;
import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * A panel's rubric in a round: criteria whose maximum points sum exactly to the points the
 * round gives the panel's component.
 */
public record Rubric(Panel panel, BigDecimal componentPoints, List<RubricCriterion> criteria) {

    public Rubric {
        componentPoints = Points.of(componentPoints);
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty() && componentPoints.signum() > 0) {
            throw new DomainRuleViolation("rubric.empty");
        }
        BigDecimal sum = criteria.stream().map(RubricCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(componentPoints) != 0) {
            throw new DomainRuleViolation("rubric.sumMismatch", sum, componentPoints);
        }
    }

    /** The default rubric of a panel, its points split evenly to one decimal; none at all for a component carrying 0. */
    public static Rubric defaultFor(Panel panel, BigDecimal componentPoints) {
        if (Points.of(componentPoints).signum() == 0) {
            return new Rubric(panel, componentPoints, List.of());
        }
        List<String[]> labels = panel == Panel.EXPERT
                ? List.of(
                        new String[] {"개발 전략", "Development strategy"},
                        new String[] {"기술 역량", "Technical capability"},
                        new String[] {"생태계 파급 효과", "Ecosystem impact"})
                : List.of(
                        new String[] {"실사용 편의성", "Real-world usability"},
                        new String[] {"비용 효율성", "Cost efficiency"},
                        new String[] {"활용 가능성", "Applicability"});
        List<BigDecimal> shares = Points.splitEvenly(componentPoints, labels.size());
        return new Rubric(
                panel,
                componentPoints,
                java.util.stream.IntStream.range(0, labels.size())
                        .mapToObj(i -> new RubricCriterion(
                                LocalizedText.of(labels.get(i)[0], labels.get(i)[1]), shares.get(i)))
                        .toList());
    }

    /** The lines as the audit log and the override record keep them (at most 2,000 characters). */
    public String describe() {
        String text = criteria.stream()
                .map(c -> c.label().ko() + " / " + c.label().en() + " " + c.maxPoints())
                .collect(java.util.stream.Collectors.joining("; "));
        return text.length() > RubricOverride.MAX_TEXT ? text.substring(0, RubricOverride.MAX_TEXT) : text;
    }
}
