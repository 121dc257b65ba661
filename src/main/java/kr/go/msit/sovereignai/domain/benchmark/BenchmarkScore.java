package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kr.go.msit.sovereignai.domain.DecimalInput;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A team's benchmark points. Each part is entered as the achievement rate (in percent) against
 * the team's own declared target model; a rate above 100 % counts as 100 %. The part earns that
 * share of its points, and the team's benchmark points are their sum, to two decimals.
 */
public final class BenchmarkScore {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private BenchmarkScore() {
    }

    /** The points of one part for an achievement rate in percent (0 or more). */
    public static BigDecimal points(BenchmarkPart part, BigDecimal achievementPercent) {
        if (achievementPercent == null) {
            throw new DomainRuleViolation("benchmark.rate.required");
        }
        DecimalInput.bounded(achievementPercent);
        if (achievementPercent.signum() < 0) {
            throw new DomainRuleViolation("benchmark.rate.negative");
        }
        if (achievementPercent.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation("benchmark.rate.invalid"); // rates are kept to two decimals
        }
        BigDecimal capped = achievementPercent.min(HUNDRED);
        return part.maxPoints().multiply(capped).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The team's benchmark points: one achievement rate per part, in the parts' order. */
    public static BigDecimal total(List<BenchmarkPart> parts, List<BigDecimal> achievementPercents) {
        if (parts.size() != achievementPercents.size()) {
            throw new DomainRuleViolation("benchmark.partCount");
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < parts.size(); i++) {
            total = total.add(points(parts.get(i), achievementPercents.get(i)));
        }
        return total;
    }
}
