package kr.go.msit.sovereignai.domain.arena;

import java.util.List;

/**
 * The counted votes of one round, compactly (a million votes fit in a few megabytes): each vote
 * is a citizen key, the team shown as A, the team shown as B and the outcome. Teams are the
 * round's team codes; citizens are opaque keys (a per-round pseudonym's number).
 */
public final class ArenaVotes {

    /** Starts an empty set of votes among {@code teams} (team codes, at least two). */
    public static Builder among(List<String> teams) {
        throw new UnsupportedOperationException("todo");
    }

    public List<String> teams() {
        throw new UnsupportedOperationException("todo");
    }

    public int size() {
        throw new UnsupportedOperationException("todo");
    }

    public static final class Builder {
        /** Adds one vote; refuses an unknown team or a battle of a team against itself. */
        public Builder add(long citizen, String teamA, String teamB, ArenaOutcome outcome) {
            throw new UnsupportedOperationException("todo");
        }

        public ArenaVotes build() {
            throw new UnsupportedOperationException("todo");
        }
    }
}
