package kr.go.msit.sovereignai.domain.benchmark;

import java.time.Instant;
import java.util.List;

/** What teams declared and achieved on a round's benchmarks, and the targets changed after it opened. */
public interface BenchmarkRepository {

    /** Every team's benchmarks in a round, by team, part and position. */
    List<TeamBenchmark> ofRound(long roundId);

    /** Keeps a team's benchmark as it now is (declared or measured), with who changed it and when. */
    void store(long roundId, TeamBenchmark benchmark, String changedBy, Instant changedAt);

    /** Keeps a target changed after the round opened. */
    void keep(long roundId, BenchmarkTargetOverride override);

    /** The targets changed after a round opened, oldest first. */
    List<BenchmarkTargetOverride> overrides(long roundId);
}
