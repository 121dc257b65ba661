package kr.go.msit.sovereignai.domain.arena;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counted votes of one round, compactly (a million votes fit in a few megabytes): each vote
 * is a citizen key, the team shown as A, the team shown as B and the outcome. Teams are the
 * round's team codes; citizens are opaque keys (a per-round pseudonym's number).
 *
 * <p>Stored as parallel primitive arrays (13 bytes a vote: the citizen as a {@code long}, the two
 * teams as positions in {@link #teams()}, the outcome as its ordinal), in the order the votes were
 * added. Immutable once built. Team codes are non-blank, distinct, and hold no comma, quote,
 * backslash or control character (they appear verbatim in the canonical text that
 * {@link ArenaAnalysis} hashes).
 */
public final class ArenaVotes {

    /** At most this many teams (positions are stored as {@code short}). */
    public static final int MAX_TEAMS = Short.MAX_VALUE;

    private static final ArenaOutcome[] OUTCOMES = ArenaOutcome.values();

    private final List<String> teams;
    private final long[] citizens;
    private final short[] teamA;
    private final short[] teamB;
    private final byte[] outcomes;

    private ArenaVotes(List<String> teams, long[] citizens, short[] teamA, short[] teamB, byte[] outcomes) {
        this.teams = teams;
        this.citizens = citizens;
        this.teamA = teamA;
        this.teamB = teamB;
        this.outcomes = outcomes;
    }

    /** Starts an empty set of votes among {@code teams} (team codes, at least two). */
    public static Builder among(List<String> teams) {
        Objects.requireNonNull(teams, "teams");
        List<String> copy = List.copyOf(teams);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("an arena needs at least two teams, got " + copy.size());
        }
        if (copy.size() > MAX_TEAMS) {
            throw new IllegalArgumentException("too many teams: " + copy.size());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            String code = copy.get(i);
            if (code.isBlank()) {
                throw new IllegalArgumentException("blank team code at position " + i);
            }
            for (int k = 0; k < code.length(); k++) {
                char c = code.charAt(k);
                if (c < 0x20 || c == 0x7f || c == ',' || c == '"' || c == '\\') {
                    throw new IllegalArgumentException(
                            "team code with a comma, quote, backslash or control character: " + code);
                }
            }
            if (index.put(code, i) != null) {
                throw new IllegalArgumentException("team listed twice: " + code);
            }
        }
        return new Builder(copy, index);
    }

    /** The round's team codes, in the order given. */
    public List<String> teams() {
        return teams;
    }

    /** The number of votes. */
    public int size() {
        return citizens.length;
    }

    /** The position of {@code team} in {@link #teams()}, or -1. */
    public int teamIndex(String team) {
        return teams.indexOf(team);
    }

    /** The citizen key of vote {@code i} (votes are numbered in the order they were added). */
    public long citizen(int i) {
        return citizens[i];
    }

    /** The position in {@link #teams()} of the team shown as A in vote {@code i}. */
    public int teamAIndex(int i) {
        return teamA[i];
    }

    /** The position in {@link #teams()} of the team shown as B in vote {@code i}. */
    public int teamBIndex(int i) {
        return teamB[i];
    }

    /** The outcome of vote {@code i}. */
    public ArenaOutcome outcome(int i) {
        return OUTCOMES[outcomes[i]];
    }

    /** The outcome's ordinal of vote {@code i}, without the enum lookup (for tight loops). */
    int outcomeOrdinal(int i) {
        return outcomes[i];
    }

    @Override
    public String toString() {
        return "ArenaVotes[teams=" + teams + ", votes=" + size() + "]";
    }

    public static final class Builder {

        private final List<String> teams;
        private final Map<String, Integer> index;
        private long[] citizens = new long[16];
        private short[] teamA = new short[16];
        private short[] teamB = new short[16];
        private byte[] outcomes = new byte[16];
        private int size;

        private Builder(List<String> teams, Map<String, Integer> index) {
            this.teams = teams;
            this.index = index;
        }

        /** Adds one vote; refuses an unknown team or a battle of a team against itself. */
        public Builder add(long citizen, String teamA, String teamB, ArenaOutcome outcome) {
            Objects.requireNonNull(outcome, "outcome");
            Integer a = teamA == null ? null : index.get(teamA);
            Integer b = teamB == null ? null : index.get(teamB);
            if (a == null) {
                throw new IllegalArgumentException("unknown team: " + teamA);
            }
            if (b == null) {
                throw new IllegalArgumentException("unknown team: " + teamB);
            }
            if (a.intValue() == b.intValue()) {
                throw new IllegalArgumentException("a team cannot battle itself: " + teamA);
            }
            if (size == citizens.length) {
                grow();
            }
            citizens[size] = citizen;
            this.teamA[size] = (short) a.intValue();
            this.teamB[size] = (short) b.intValue();
            outcomes[size] = (byte) outcome.ordinal();
            size++;
            return this;
        }

        private void grow() {
            int capacity = citizens.length;
            if (capacity >= Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("too many votes");
            }
            int larger = (int) Math.min(Integer.MAX_VALUE - 16L, capacity + (capacity >> 1) + 16L);
            citizens = Arrays.copyOf(citizens, larger);
            teamA = Arrays.copyOf(teamA, larger);
            teamB = Arrays.copyOf(teamB, larger);
            outcomes = Arrays.copyOf(outcomes, larger);
        }

        /** The votes added so far (the builder may go on adding; later votes do not change what was built). */
        public ArenaVotes build() {
            return new ArenaVotes(
                    teams,
                    Arrays.copyOf(citizens, size),
                    Arrays.copyOf(teamA, size),
                    Arrays.copyOf(teamB, size),
                    Arrays.copyOf(outcomes, size));
        }
    }
}
