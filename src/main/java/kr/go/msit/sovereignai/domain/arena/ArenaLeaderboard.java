package kr.go.msit.sovereignai.domain.arena;

import java.util.List;

/**
 * The arena's analysis of a round: the standings best first, the win-rate matrix (row beats
 * column, ties and both-bad excluded; null where the two never had a decisive vote) and the
 * battle-count matrix (voted battles per unordered pair, both side orders) in {@link #teams()}
 * order, whether the comparison graph is connected (publication is refused otherwise), and what
 * reproduces it: the plan and the SHA-256 of the inputs.
 */
public record ArenaLeaderboard(List<String> teams, List<ArenaStanding> standings, Double[][] winRates, long[][] battleCounts,
        boolean connected, long votes, long citizens, ArenaAnalysisPlan plan, String inputDigest) {

    /** The fit as canonical JSON: byte-identical for the same votes, plan and points. */
    public String toJson() {
        throw new UnsupportedOperationException("todo");
    }
}
