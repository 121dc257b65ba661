package kr.go.msit.sovereignai.application.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;

/**
 * When a conflict of interest may still be declared (by the reviewer) or recorded (by an
 * administrator): a conflict drops the reviewer's sheets for that team from the tally, so it is
 * refused while such a sheet is in a round that is closed and whose provisional tally is being read.
 * Once a round is published a conflict is admitted again (it concerns every round to come) but keeps
 * the sheets the published result counted ({@link kr.go.msit.sovereignai.domain.scoring.CountedSheets}):
 * a republication after a correction never drops them for a declaration made after publication.
 */
@ApplicationScoped
public class ConflictDeclarations {

    private final ReviewRoundRepository rounds;
    private final PanelRepository panels;

    @Inject
    public ConflictDeclarations(ReviewRoundRepository rounds, PanelRepository panels) {
        this.rounds = rounds;
        this.panels = panels;
    }

    /** For the container's proxies only. */
    protected ConflictDeclarations() {
        this(null, null);
    }

    /**
     * Refuses with conflict.roundClosed when the reviewer has a sheet for the team in a round they
     * are assigned to that is closed and not yet published: the conflict would drop that sheet from a tally the
     * administrators have already seen. Each such round is read under its input gate, so a
     * declaration racing the close of an open round either commits before the close or is refused.
     */
    public void requireAdmitted(long reviewerId, long teamId) {
        Set<Long> assigned = panels.roundsOf(reviewerId);
        for (ReviewRound round : rounds.findAll()) {
            // The gate first: a round closing meanwhile is seen closed, and no sheet appears in a closed round.
            if (assigned.contains(round.getId())
                    && rounds.statusAtInputGate(round.getId()).awaitsPublication()
                    && panels.findSheet(round.getId(), reviewerId, teamId).isPresent()) {
                throw new DomainRuleViolation("conflict.roundClosed", round.getNumber());
            }
        }
    }
}
