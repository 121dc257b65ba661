package kr.go.msit.sovereignai.domain.arena;

import java.util.Arrays;

/**
 * The votes grouped by citizen, for the citizen bootstrap: the distinct citizen keys in ascending
 * (signed) order, each citizen's votes (positions in the {@link ArenaVotes}, in the order they were
 * added) and each citizen's per-pair sufficient statistics stored sparsely: for every pair the
 * citizen voted on, the number of votes and twice the lower-numbered team's score (integers, so
 * the bootstrap's sums are exact and independent of summation order).
 */
final class CitizenPairs {

    /** Distinct citizen keys, ascending. */
    final long[] keys;
    /** Citizen {@code c}'s votes are {@code votes[voteStart[c]] .. votes[voteStart[c + 1] - 1]}. */
    final int[] voteStart;

    final int[] votes;
    /** Citizen {@code c}'s pair entries are {@code entryStart[c] .. entryStart[c + 1] - 1}. */
    final int[] entryStart;

    final int[] entryPair;
    final int[] entryCount;
    final int[] entryTwiceScore;

    private CitizenPairs(
            long[] keys,
            int[] voteStart,
            int[] votes,
            int[] entryStart,
            int[] entryPair,
            int[] entryCount,
            int[] entryTwiceScore) {
        this.keys = keys;
        this.voteStart = voteStart;
        this.votes = votes;
        this.entryStart = entryStart;
        this.entryPair = entryPair;
        this.entryCount = entryCount;
        this.entryTwiceScore = entryTwiceScore;
    }

    int citizens() {
        return keys.length;
    }

    /** Twice the score of team A for an outcome ordinal: 2, 0, 1, 1. */
    static int twiceScoreForA(int outcomeOrdinal) {
        return switch (outcomeOrdinal) {
            case 0 -> 2;
            case 1 -> 0;
            default -> 1;
        };
    }

    static CitizenPairs of(ArenaVotes votes, BradleyTerry bt) {
        int size = votes.size();
        long[] sorted = new long[size];
        for (int v = 0; v < size; v++) {
            sorted[v] = votes.citizen(v);
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int v = 0; v < size; v++) {
            if (v == 0 || sorted[v] != sorted[v - 1]) {
                sorted[distinct++] = sorted[v];
            }
        }
        long[] keys = Arrays.copyOf(sorted, distinct);
        sorted = null;

        // a stable counting sort of the votes by citizen
        int[] citizenOf = new int[size];
        int[] voteStart = new int[distinct + 1];
        for (int v = 0; v < size; v++) {
            int c = Arrays.binarySearch(keys, votes.citizen(v));
            citizenOf[v] = c;
            voteStart[c + 1]++;
        }
        for (int c = 0; c < distinct; c++) {
            voteStart[c + 1] += voteStart[c];
        }
        int[] next = Arrays.copyOf(voteStart, distinct);
        int[] grouped = new int[size];
        for (int v = 0; v < size; v++) {
            grouped[next[citizenOf[v]]++] = v;
        }
        citizenOf = null;
        next = null;

        int pairs = bt.pairs();
        int capacity = (int) Math.min(size, (long) distinct * pairs);
        int[] entryPair = new int[capacity];
        int[] entryCount = new int[capacity];
        int[] entryTwiceScore = new int[capacity];
        int[] entryStart = new int[distinct + 1];
        int[] localCount = new int[pairs];
        int[] localScore = new int[pairs];
        int[] touched = new int[pairs];
        int entries = 0;
        for (int c = 0; c < distinct; c++) {
            int touchedCount = 0;
            for (int k = voteStart[c]; k < voteStart[c + 1]; k++) {
                int v = grouped[k];
                int a = votes.teamAIndex(v);
                int b = votes.teamBIndex(v);
                int p = bt.pair(a, b);
                int twiceA = twiceScoreForA(votes.outcomeOrdinal(v));
                if (localCount[p] == 0) {
                    touched[touchedCount++] = p;
                }
                localCount[p]++;
                localScore[p] += a < b ? twiceA : 2 - twiceA;
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                int p = touched[t];
                entryPair[entries] = p;
                entryCount[entries] = localCount[p];
                entryTwiceScore[entries] = localScore[p];
                entries++;
                localCount[p] = 0;
                localScore[p] = 0;
            }
            entryStart[c + 1] = entries;
        }
        return new CitizenPairs(
                keys,
                voteStart,
                grouped,
                entryStart,
                Arrays.copyOf(entryPair, entries),
                Arrays.copyOf(entryCount, entries),
                Arrays.copyOf(entryTwiceScore, entries));
    }
}
