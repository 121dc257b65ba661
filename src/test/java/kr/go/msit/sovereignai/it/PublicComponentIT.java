package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** Ratings stay hidden while a round is open; after it closes only the aggregated public component comes out. */
class PublicComponentIT extends ContainerTest {

    @Inject
    TestSupport support;

    @Inject
    AsAdministrator administrator;

    @Inject
    PublicEvaluation evaluation;

    @Test
    void theAggregateIsRefusedWhileOpenAndComputedOnceClosed() {
        int round = support.openFreshRound();
        // Two ballots rating every team 5 and 3 (mean 4 -> 7.5 of 10 points), one rating every team 1.
        List<Long> teams = support.castBallots(round, List.of(5, 3));
        support.castBallots(round, List.of(1));

        DomainRuleViolation hidden = assertThrows(
                DomainRuleViolation.class,
                () -> administrator.call(() -> evaluation.publicComponent(round, BigDecimal.TEN)));
        assertEquals("ballot.resultsHidden", hidden.messageKey(), "not even administrators see ratings while open");

        support.close(round);
        Map<Long, BigDecimal> points = administrator.call(() -> evaluation.publicComponent(round, BigDecimal.TEN));

        // Mean of 5, 3 and 1 is 3: half of the points.
        teams.forEach(team -> assertEquals(new BigDecimal("5.00"), points.get(team), "team " + team));
        assertEquals(teams.size(), points.size());
    }

    @Test
    void theMaintainedTotalsFollowEveryBallotAndEveryChange() {
        int round = support.openFreshRound();
        List<Long> teams = support.castBallots(round, List.of(5, 3, 1, 4));
        assertEquals(support.scannedRatingTotals(round), support.maintainedRatingTotals(round), "after the ballots");

        support.changeAllBallots(round, 2);
        support.castBallots(round, List.of(2));
        assertEquals(support.scannedRatingTotals(round), support.maintainedRatingTotals(round), "after the changes");

        support.close(round);
        Map<Long, BigDecimal> points = administrator.call(() -> evaluation.publicComponent(round, BigDecimal.TEN));
        // Five ballots, every one now rating every team 2: a quarter of the points.
        teams.forEach(team -> assertEquals(new BigDecimal("2.50"), points.get(team), "team " + team));
    }
}
