package kr.go.msit.sovereignai.domain.arena;

/** A citizen's verdict on one battle. A tie and "both bad" count half a win to each side in the fit. */
public enum ArenaOutcome {
    A_BETTER,
    B_BETTER,
    TIE,
    BOTH_BAD;

    /** The share of a win this outcome gives the answer shown as 모델 A. */
    public double scoreForA() {
        return switch (this) {
            case A_BETTER -> 1.0;
            case B_BETTER -> 0.0;
            case TIE, BOTH_BAD -> 0.5;
        };
    }

    /** Whether the outcome is decisive (not a tie, not both bad). */
    public boolean isDecisive() {
        return this == A_BETTER || this == B_BETTER;
    }
}
