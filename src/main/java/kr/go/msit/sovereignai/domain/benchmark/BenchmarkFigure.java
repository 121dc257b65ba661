package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * One team's figures for one benchmark, as shown: the benchmark's name (null while a team has not
 * named its own), the declared target model and score, the measured score, the achievement in
 * percent (uncapped; null until measured) and the points it earns (rounded for display: the part's
 * points are computed from the unrounded shares).
 */
public record BenchmarkFigure(
        BenchmarkSlot slot,
        LocalizedText part,
        String benchmark,
        String targetModel,
        BigDecimal target,
        BigDecimal measured,
        BigDecimal achievement,
        BigDecimal points)
        implements java.io.Serializable {

    /** Measured above the target: the points count it as 100 %. */
    public boolean capped() {
        return achievement != null && achievement.compareTo(BenchmarkScore.HUNDRED) > 0;
    }
}
