package kr.go.msit.sovereignai.domain.tally;

import kr.go.msit.sovereignai.domain.team.TeamStatus;

/** What a round's result means for a team. */
public enum Outcome {
    /** Stays in the race for the next review. */
    ADVANCES,
    /** Among the lowest-ranked eligible teams. */
    ELIMINATED,
    /** Failed the eligibility gate, whatever its points. */
    DISQUALIFIED,
    /** Among the teams left at the review that reaches the programme's number of finalists. */
    FINALIST;

    /** The team's status once the result is published. */
    public TeamStatus teamStatus() {
        return switch (this) {
            case ADVANCES -> TeamStatus.ACTIVE;
            case ELIMINATED -> TeamStatus.ELIMINATED;
            case DISQUALIFIED -> TeamStatus.DISQUALIFIED;
            case FINALIST -> TeamStatus.FINALIST;
        };
    }
}
