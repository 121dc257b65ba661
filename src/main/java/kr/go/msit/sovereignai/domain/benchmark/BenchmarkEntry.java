package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;

/** One part of a team's benchmark result: the achievement rate entered and the points it gives. */
public record BenchmarkEntry(BenchmarkPart part, BigDecimal achievementRate, BigDecimal points) implements java.io.Serializable {

    /** The entry for a rate, with its points by the benchmark scoring rule. */
    public static BenchmarkEntry of(BenchmarkPart part, BigDecimal achievementRate) {
        return new BenchmarkEntry(part, achievementRate, BenchmarkScore.points(part, achievementRate));
    }
}
