package kr.go.msit.sovereignai.domain.arena;

import java.math.BigDecimal;

/**
 * Bradley–Terry by maximum likelihood over a round's votes, with 95 % intervals from a bootstrap
 * that resamples citizens (a citizen's votes are not independent), and the PUBLIC points mapped
 * from the fit. Pure and deterministic: the same votes and plan give the same leaderboard.
 */
public final class ArenaAnalysis {

    private ArenaAnalysis() {
    }

    public static ArenaLeaderboard analyse(ArenaVotes votes, ArenaAnalysisPlan plan, BigDecimal componentPoints) {
        throw new UnsupportedOperationException("todo");
    }
}
