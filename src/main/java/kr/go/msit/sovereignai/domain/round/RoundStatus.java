package kr.go.msit.sovereignai.domain.round;

/** The life of a review round: {@code SCHEDULED -> OPEN -> CLOSED -> PUBLISHED}. */
public enum RoundStatus {
    SCHEDULED, OPEN, CLOSED, PUBLISHED
}
