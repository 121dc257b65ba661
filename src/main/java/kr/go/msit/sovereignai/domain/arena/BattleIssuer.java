package kr.go.msit.sovereignai.domain.arena;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Fair issuing, balanced by construction. At opening every (prompt, pair of teams, side order)
 * cell is laid out once, in a random order. A battle is issued from the first cell, in that order,
 * among those with the fewest battles issued so far whose prompt the citizen has not seen. Since a
 * battle only ever comes from a least-filled cell, no cell is ever more than one battle ahead of
 * another, and nobody can ask for a pair or a team. When every least-filled cell is on a prompt the
 * citizen has seen, none is issued to them until the others catch up.
 */
public final class BattleIssuer {

    private BattleIssuer() {}

    /** A cell: its place in the round's random order, the prompt, the team shown as A and as B. */
    public record Cell(int position, long promptId, long teamA, long teamB) {}

    /** Every cell of a round for {@code promptIds} and {@code teamIds}, in a random order drawn from {@code random}. */
    public static List<Cell> layout(Collection<Long> promptIds, List<Long> teamIds, Random random) {
        List<long[]> cells = new ArrayList<>();
        for (long prompt : promptIds) {
            for (long a : teamIds) {
                for (long b : teamIds) {
                    if (a != b) {
                        cells.add(new long[] {prompt, a, b});
                    }
                }
            }
        }
        Collections.shuffle(cells, random);
        List<Cell> laidOut = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            laidOut.add(new Cell(i, cells.get(i)[0], cells.get(i)[1], cells.get(i)[2]));
        }
        return laidOut;
    }

    /** A cell with how many battles were issued from it. */
    public record Filled(Cell cell, int issued) {}

    /**
     * The cell the next battle for a citizen who has seen {@code seenPrompts} comes from, or empty
     * when every least-filled cell is on a prompt they have seen. The database query of the arena
     * repository makes the same choice under the round's lock.
     */
    public static Optional<Cell> next(List<Filled> cells, Set<Long> seenPrompts) {
        int fewest = cells.stream().mapToInt(Filled::issued).min().orElse(0);
        return cells.stream()
                .filter(f ->
                        f.issued() == fewest && !seenPrompts.contains(f.cell().promptId()))
                .map(Filled::cell)
                .min(java.util.Comparator.comparingInt(Cell::position));
    }
}
