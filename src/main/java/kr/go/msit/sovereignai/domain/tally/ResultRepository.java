package kr.go.msit.sovereignai.domain.tally;

import java.util.List;
import java.util.Map;

/** A round's eligibility decisions, and its published result. */
public interface ResultRepository {

    /** Replaces the team's eligibility decision in a round. */
    void store(long roundId, EligibilityDecision decision);

    /** Eligibility decisions by team id. */
    Map<Long, EligibilityDecision> eligibility(long roundId);

    /**
     * Keeps a version of the result as published, never to change: its lines with their per-benchmark
     * figures, when (and, for a correction, why), its inputs' digest and the audit chain's head then.
     */
    void storePublished(long roundId, ResultVersion version, List<PublishedLine> lines);

    /** The latest version of the result as published, in rank order (disqualified teams last); empty before publication. */
    List<PublishedLine> published(long roundId);

    /** One version of the result as published, in rank order, with its figures; empty if there is no such version. */
    List<PublishedLine> published(long roundId, int version);

    /** Every published version of the round's result, the first first. */
    List<ResultVersion> versions(long roundId);
}
