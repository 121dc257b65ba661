package kr.go.msit.sovereignai.domain.round;

/** What a round's schedule calls for at an instant. */
public enum DueTransition {
    NONE,
    OPEN,
    /** The window arrived but the previous review is not yet published. */
    HOLD,
    CLOSE,
    /** The whole window passed unseen (the platform was down): wait for a new window instead of opening. */
    MISS
}
