package kr.go.msit.sovereignai.domain.tally;

/** What a round's result means for a team. */
public enum Outcome {
    /** Stays in the race for the next review. */
    ADVANCES,
    /** Among the lowest-ranked eligible teams. */
    ELIMINATED,
    /** Failed the eligibility gate, whatever its points. */
    DISQUALIFIED,
    /** Among the teams left at the review that reaches the programme's number of finalists. */
    FINALIST
}
