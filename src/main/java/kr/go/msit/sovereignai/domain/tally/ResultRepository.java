package kr.go.msit.sovereignai.domain.tally;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkEntry;

/** A round's tally inputs that administrators enter, and its published result. */
public interface ResultRepository {

    /** Replaces a team's benchmark result in a round. */
    void storeBenchmark(long roundId, long teamId, List<BenchmarkEntry> entries, String enteredBy, Instant enteredAt);

    /** Benchmark results by team id, parts in order. */
    Map<Long, List<BenchmarkEntry>> benchmarks(long roundId);

    /** Replaces the team's eligibility decision in a round. */
    void store(long roundId, EligibilityDecision decision);

    /** Eligibility decisions by team id. */
    Map<Long, EligibilityDecision> eligibility(long roundId);

    /** Keeps the result as published. */
    void storePublished(long roundId, List<PublishedLine> lines);

    /** The result as published, in rank order (disqualified teams last); empty before publication. */
    List<PublishedLine> published(long roundId);
}
