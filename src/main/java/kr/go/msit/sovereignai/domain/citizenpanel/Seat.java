package kr.go.msit.sovereignai.domain.citizenpanel;

/** A pool member's place after the draw: a member of the panel or a reserve of their type (rank within the type). */
public enum Seat {
    MEMBER,
    RESERVE
}
