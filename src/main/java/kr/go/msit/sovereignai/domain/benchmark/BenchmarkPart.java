package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Points;

/**
 * One part of a round's benchmark component and the points it carries, e.g. the NIA benchmark
 * (10), the 13 global common benchmarks (20) or the two team-chosen benchmarks (10) of review 1.
 * A COMMON part lists its benchmarks' names; a TEAM_CHOSEN part says how many each team names.
 * Within a part every benchmark weighs the same.
 */
public record BenchmarkPart(
        LocalizedText label, BigDecimal maxPoints, BenchmarkKind kind, List<String> benchmarks, int teamChosen)
        implements java.io.Serializable {

    /** The most benchmarks a part may have (review 1's largest part has 13). */
    public static final int MAX_BENCHMARKS = 30;
    /** The longest benchmark or part name kept. */
    public static final int MAX_NAME = 200;

    public BenchmarkPart {
        label = LocalizedText.required(label, "benchmark.part.labelRequired").atMost(MAX_NAME);
        maxPoints = Points.of(maxPoints);
        if (kind == null) {
            throw new DomainRuleViolation("benchmark.part.kindRequired");
        }
        benchmarks = benchmarks == null
                ? List.of()
                : benchmarks.stream()
                        .map(name -> name == null ? "" : name.strip())
                        .toList();
        if (kind == BenchmarkKind.COMMON) {
            if (benchmarks.isEmpty() || benchmarks.size() > MAX_BENCHMARKS) {
                throw new DomainRuleViolation("benchmark.part.count", label.ko(), MAX_BENCHMARKS);
            }
            benchmarks.forEach(BenchmarkPart::name);
            if (benchmarks.stream().distinct().count() != benchmarks.size()) {
                throw new DomainRuleViolation("benchmark.part.duplicateName", label.ko());
            }
            teamChosen = 0;
        } else {
            if (teamChosen < 1 || teamChosen > MAX_BENCHMARKS) {
                throw new DomainRuleViolation("benchmark.part.count", label.ko(), MAX_BENCHMARKS);
            }
            benchmarks = List.of();
        }
    }

    /** A part whose benchmarks the round names. */
    public static BenchmarkPart common(LocalizedText label, BigDecimal maxPoints, List<String> benchmarks) {
        return new BenchmarkPart(label, maxPoints, BenchmarkKind.COMMON, benchmarks, 0);
    }

    /** A part for which every team names {@code count} benchmarks of its own. */
    public static BenchmarkPart teamChosen(LocalizedText label, BigDecimal maxPoints, int count) {
        return new BenchmarkPart(label, maxPoints, BenchmarkKind.TEAM_CHOSEN, List.of(), count);
    }

    /** How many benchmarks a team is scored on in this part. */
    public int benchmarkCount() {
        return kind == BenchmarkKind.COMMON ? benchmarks.size() : teamChosen;
    }

    /** The same part with other points. */
    public BenchmarkPart withMaxPoints(BigDecimal points) {
        return new BenchmarkPart(label, points, kind, benchmarks, teamChosen);
    }

    /** A benchmark's name as typed: required, bounded. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation("benchmark.name.required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new DomainRuleViolation("benchmark.name.tooLong", MAX_NAME);
        }
        return name.strip();
    }

    String describe() {
        return label.en() + " " + maxPoints + " "
                + (kind == BenchmarkKind.COMMON ? benchmarks : "team-chosen x" + teamChosen);
    }
}
