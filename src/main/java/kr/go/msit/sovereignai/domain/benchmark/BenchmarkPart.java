package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Points;

/**
 * One part of the benchmark component and the points it carries, e.g. the NIA benchmark (10),
 * the global common benchmarks (20) or the team-specific benchmarks (10) of review 1.
 */
public record BenchmarkPart(LocalizedText label, BigDecimal maxPoints) implements java.io.Serializable {

    public BenchmarkPart {
        label = LocalizedText.required(label, "criterion.label.required");
        maxPoints = Points.of(maxPoints);
    }

    /**
     * The parts of a round whose benchmark component carries {@code componentPoints}: review 1's
     * split (a quarter, a half and a quarter), to one decimal, adding up exactly.
     */
    public static java.util.List<BenchmarkPart> defaultsFor(BigDecimal componentPoints) {
        java.util.List<BenchmarkPart> review1 = review1Defaults();
        BigDecimal quarter = Points.of(componentPoints).divide(new BigDecimal("4"), 1, java.math.RoundingMode.HALF_UP);
        java.util.List<BigDecimal> shares = java.util.List.of(quarter, componentPoints.subtract(quarter.multiply(new BigDecimal("2"))), quarter);
        return java.util.stream.IntStream.range(0, review1.size())
                .mapToObj(i -> new BenchmarkPart(review1.get(i).label(), shares.get(i))).toList();
    }

    /** Review 1's split of the 40 benchmark points. */
    public static java.util.List<BenchmarkPart> review1Defaults() {
        return java.util.List.of(
                new BenchmarkPart(LocalizedText.of("NIA 벤치마크", "NIA benchmark"), new BigDecimal("10")),
                new BenchmarkPart(LocalizedText.of("글로벌 공통 벤치마크", "Global common benchmarks"), new BigDecimal("20")),
                new BenchmarkPart(LocalizedText.of("글로벌 개별 벤치마크", "Global team-specific benchmarks"), new BigDecimal("10")));
    }
}
