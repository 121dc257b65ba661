package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import java.util.List;

/** A team's benchmark figures in a round, each part's points and the team's benchmark points. */
public record TeamBenchmarks(
        List<BenchmarkFigure> figures, List<BigDecimal> partPoints, BigDecimal total, boolean complete)
        implements java.io.Serializable {

    public TeamBenchmarks {
        figures = List.copyOf(figures);
        partPoints = List.copyOf(partPoints);
    }
}
