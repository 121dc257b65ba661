package kr.go.msit.sovereignai.domain.ballot;

import java.io.Serializable;

/** A round's turnout: ballots cast, and how many of them by citizens whose identity was verified when they voted. */
public record Turnout(long ballots, long verified) implements Serializable {

    public static final Turnout NONE = new Turnout(0, 0);
}
