package kr.go.msit.sovereignai.domain.round;

/** The life of a review round: {@code SCHEDULED -> OPEN -> CLOSED -> PUBLISHED}. */
public enum RoundStatus {
    SCHEDULED, OPEN, CLOSED, PUBLISHED;

    /** Ballots, score sheets and conflict declarations are taken only in this status. */
    public boolean acceptsEvaluations() {
        return this == OPEN;
    }

    /**
     * Closed and not yet published: the administrators are looking at the provisional tally, so
     * nothing that would change which sheets count (a new conflict of interest) is accepted.
     */
    public boolean freezesTallyInputs() {
        return this == CLOSED;
    }
}
