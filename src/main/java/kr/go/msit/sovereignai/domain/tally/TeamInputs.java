package kr.go.msit.sovereignai.domain.tally;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Everything the tally knows of one team in one round: its benchmark points, its reviewers'
 * submitted sheet totals (by reviewer, so the tally can test leaving one out), its public
 * component, and the eligibility decision.
 *
 * @param eligible false when an administrator decided the team fails the eligibility gate
 *     (e.g. weights not trained from scratch); a fail disqualifies whatever the points
 */
public record TeamInputs(
        long teamId,
        BigDecimal benchmarkPoints,
        Map<Long, BigDecimal> expertTotalsByReviewer,
        Map<Long, BigDecimal> userPanelTotalsByReviewer,
        BigDecimal publicPoints,
        boolean eligible,
        String eligibilityRationale) {

    public TeamInputs {
        expertTotalsByReviewer = Map.copyOf(expertTotalsByReviewer);
        userPanelTotalsByReviewer = Map.copyOf(userPanelTotalsByReviewer);
        benchmarkPoints = benchmarkPoints == null ? BigDecimal.ZERO : benchmarkPoints;
        publicPoints = publicPoints == null ? BigDecimal.ZERO : publicPoints;
    }
}
