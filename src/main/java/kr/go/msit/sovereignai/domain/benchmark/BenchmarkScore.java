package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.DecimalInput;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * The benchmark scoring rule. A team's achievement on a benchmark is its measured score as a
 * percentage of the score of its declared target model, to two decimals; above 100 % it counts as
 * 100 %. Within a part every benchmark weighs the same: the part earns its points times the mean
 * capped achievement, to two decimals, and the team's benchmark points are the parts' sum.
 */
public final class BenchmarkScore {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Benchmark scores are kept to four decimals (accuracies such as 0.8734 are common). */
    public static final int SCORE_DECIMALS = 4;

    private BenchmarkScore() {}

    /** A declared target score as entered: required, more than 0, at most four decimals. */
    public static BigDecimal target(BigDecimal score) {
        if (score == null) {
            throw new DomainRuleViolation("benchmark.target.required");
        }
        checkShape(score);
        if (score.signum() <= 0) {
            throw new DomainRuleViolation("benchmark.target.positive");
        }
        return plain(score);
    }

    /** A measured score as entered: required, 0 or more, at most four decimals. */
    public static BigDecimal measured(BigDecimal score) {
        if (score == null) {
            throw new DomainRuleViolation("benchmark.measured.required");
        }
        checkShape(score);
        if (score.signum() < 0) {
            throw new DomainRuleViolation("benchmark.measured.negative");
        }
        return plain(score);
    }

    private static void checkShape(BigDecimal score) {
        DecimalInput.bounded(score);
        if (score.stripTrailingZeros().scale() > SCORE_DECIMALS) {
            throw new DomainRuleViolation("benchmark.score.decimals", SCORE_DECIMALS);
        }
    }

    /** A score without trailing zeros and never in exponent form (100, 87.5, 0.8734). */
    public static BigDecimal plain(BigDecimal score) {
        if (score == null) {
            return null;
        }
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The achievement in percent of the target, uncapped, to two decimals. */
    public static BigDecimal achievement(BigDecimal measured, BigDecimal target) {
        return measured.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
    }

    /** A part's points for its benchmarks' achievements (a missing one counts as 0 until measured). */
    public static BigDecimal partPoints(BenchmarkPart part, List<BigDecimal> achievements) {
        if (achievements.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal capped = achievements.stream()
                .filter(Objects::nonNull)
                .map(a -> a.min(HUNDRED))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return part.maxPoints()
                .multiply(capped)
                .divide(HUNDRED.multiply(BigDecimal.valueOf(achievements.size())), 2, RoundingMode.HALF_UP);
    }

    /** One benchmark's share of its part's points, to two decimals (for display). */
    public static BigDecimal benchmarkPoints(BenchmarkPart part, BigDecimal achievement) {
        return part.maxPoints()
                .multiply(achievement.min(HUNDRED))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(part.benchmarkCount())), 2, RoundingMode.HALF_UP);
    }
}
