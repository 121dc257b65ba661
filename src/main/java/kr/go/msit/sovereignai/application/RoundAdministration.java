package kr.go.msit.sovereignai.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/**
 * Administrators open and close review rounds by hand. (Timers, sequencing and the audit
 * log of the rounds issue build on these transitions.)
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoundAdministration {

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    PublicEvaluationCache publicEvaluation;

    @Inject
    AuditTrail audit;

    /** Opens a scheduled round now; only one round is open at a time. */
    public void openNow(int roundNumber) {
        if (rounds.findAll().stream().anyMatch(ReviewRound::acceptsBallots)) {
            throw new DomainRuleViolation("round.anotherOpen");
        }
        round(roundNumber).open();
        audit.record("ROUND_OPENED_NOW", "review " + roundNumber, "SCHEDULED", "OPEN");
        publicEvaluation.roundsOrTeamsChanged();
    }

    /** Closes an open round now: ballots and scores are no longer accepted. */
    public void closeNow(int roundNumber) {
        round(roundNumber).close();
        audit.record("ROUND_CLOSED_NOW", "review " + roundNumber, "OPEN", "CLOSED");
        publicEvaluation.roundsOrTeamsChanged();
    }

    private ReviewRound round(int roundNumber) {
        return rounds.findByNumber(roundNumber).orElseThrow(() -> new DomainRuleViolation("round.notFound", roundNumber));
    }
}
