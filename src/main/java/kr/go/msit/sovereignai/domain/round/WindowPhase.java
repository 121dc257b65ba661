package kr.go.msit.sovereignai.domain.round;

/** Where an instant falls relative to a round's window, for countdowns and notices. */
public enum WindowPhase {
    /** The window has not opened yet. */
    UPCOMING,
    /** The instant lies inside the window. */
    IN_WINDOW,
    /** The window has ended. */
    ENDED
}
