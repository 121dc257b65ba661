package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.scoring.Points;

/**
 * One part of the benchmark component and the points it carries, e.g. the NIA benchmark (10),
 * the global common benchmarks (20) or the team-specific benchmarks (10) of review 1.
 */
public record BenchmarkPart(String labelKo, String labelEn, BigDecimal maxPoints) {

    public BenchmarkPart {
        if (labelKo == null || labelKo.isBlank() || labelEn == null || labelEn.isBlank()) {
            throw new DomainRuleViolation("criterion.label.required");
        }
        maxPoints = Points.of(maxPoints);
    }

    /** Review 1's split of the 40 benchmark points. */
    public static java.util.List<BenchmarkPart> review1Defaults() {
        return java.util.List.of(
                new BenchmarkPart("NIA 벤치마크", "NIA benchmark", new BigDecimal("10")),
                new BenchmarkPart("글로벌 공통 벤치마크", "Global common benchmarks", new BigDecimal("20")),
                new BenchmarkPart("글로벌 개별 벤치마크", "Global team-specific benchmarks", new BigDecimal("10")));
    }
}
