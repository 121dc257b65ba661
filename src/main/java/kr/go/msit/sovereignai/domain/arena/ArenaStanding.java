package kr.go.msit.sovereignai.domain.arena;

import java.math.BigDecimal;

/**
 * One team's line on the arena leaderboard. {@code score} is the Bradley–Terry strength (natural
 * log-odds, the teams' mean fixed at 0) with its 95 % bootstrap interval; the rank range is
 * 1 + the teams whose interval lies wholly above to the teams whose interval does not lie wholly
 * below; {@code statisticallyTied} when that range spans more than one rank. Shares are of the
 * team's votes. {@code scoreTiesDropped} is the refit with ties and both-bad dropped (null when that
 * refit is not identifiable). Points are the PUBLIC component's points with their interval.
 */
public record ArenaStanding(
        String team,
        double score,
        double lower,
        double upper,
        int bestRank,
        int worstRank,
        long votes,
        double winShare,
        double tieShare,
        double bothBadShare,
        boolean statisticallyTied,
        Double scoreTiesDropped,
        BigDecimal points,
        BigDecimal pointsLower,
        BigDecimal pointsUpper) {}
