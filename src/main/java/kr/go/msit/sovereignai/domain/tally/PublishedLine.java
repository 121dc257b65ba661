package kr.go.msit.sovereignai.domain.tally;

import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;

/**
 * A team's line of a result as it was published, with the team's names at that moment and its
 * per-benchmark figures as they were then (empty for versions published before they were kept).
 */
public record PublishedLine(LocalizedText teamName, TeamResult result, List<BenchmarkFigure> benchmarks) {

    public PublishedLine {
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    }

    /** A line without per-benchmark figures. */
    public PublishedLine(LocalizedText teamName, TeamResult result) {
        this(teamName, result, List.of());
    }
}
