package kr.go.msit.sovereignai.domain.round;

/**
 * The life of a review round: {@code SCHEDULED -> OPEN -> CLOSED -> PUBLISHED}, or
 * {@code SCHEDULED -> CANCELLED} when the round will never be held (the finalists were chosen
 * before it, or an administrator cancelled it with a reason). What each status
 * allows is answered here and by {@link ReviewRound}, never by comparing statuses elsewhere.
 */
public enum RoundStatus {
    SCHEDULED,
    OPEN,
    CLOSED,
    PUBLISHED,
    CANCELLED;

    /** Ballots, score sheets and conflict declarations are taken only in this status. */
    public boolean acceptsEvaluations() {
        return this == OPEN;
    }

    /**
     * Closed and not yet published: the administrators read the provisional tally, settle ties and
     * publish; nothing that would change which sheets count (a new conflict of interest) is accepted.
     */
    public boolean awaitsPublication() {
        return this == CLOSED;
    }

    /** Closed or published: the evaluation is over, so its ratings and scores may be aggregated. */
    public boolean hasClosed() {
        return this == CLOSED || this == PUBLISHED;
    }

    public boolean isPublished() {
        return this == PUBLISHED;
    }

    public boolean isCancelled() {
        return this == CANCELLED;
    }
}
