package kr.go.msit.sovereignai.domain.tally;

import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.scoring.PanelAggregation;

/**
 * A team's line in a round result. {@code rank} is null for a disqualified team.
 * {@code robust} says whether the team's outcome stays the same when any single expert's
 * sheets are left out.
 */
public record TeamResult(
        long teamId,
        BigDecimal benchmark,
        BigDecimal expert,
        PanelAggregation expertRule,
        BigDecimal userPanel,
        PanelAggregation userPanelRule,
        BigDecimal publicPoints,
        BigDecimal total,
        Integer rank,
        Outcome outcome,
        String eligibilityRationale,
        boolean robust) {}
