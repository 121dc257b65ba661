package kr.go.msit.sovereignai.domain.benchmark;

/** Who names a part's benchmarks: the round (the same for every team) or each team for itself. */
public enum BenchmarkKind {
    /** Named by the round, e.g. the NIA benchmark or the 13 global common benchmarks. */
    COMMON,
    /** Each team names its own benchmarks, as many as the part asks (two in review 1). */
    TEAM_CHOSEN
}
