package kr.go.msit.sovereignai.domain.tally;

import java.util.List;
import java.util.Map;

/** A round's eligibility decisions, and its published result. */
public interface ResultRepository {

    /** Replaces the team's eligibility decision in a round. */
    void store(long roundId, EligibilityDecision decision);

    /** Eligibility decisions by team id. */
    Map<Long, EligibilityDecision> eligibility(long roundId);

    /** Keeps the result as published. */
    void storePublished(long roundId, List<PublishedLine> lines);

    /** The result as published, in rank order (disqualified teams last); empty before publication. */
    List<PublishedLine> published(long roundId);
}
