package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * The lottery actually drawn: compositions with integer tickets out of {@code totalTickets}. Published as
 * {@code table.csv}: header {@code row,tickets,} then one column per type label, one line per row in order.
 */
public record LotteryTable(Quotas quotas, TypePool pool, List<Composition> rows, long[] tickets, long totalTickets) {

    public LotteryTable {
        rows = List.copyOf(rows);
    }

    /** Rounds a distribution to integer tickets out of {@code totalTickets}, keeping each type's probability close. */
    public static LotteryTable round(Quotas quotas, TypePool pool, FairDistribution distribution, long totalTickets) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    /** Each type's probability under the tickets (what the draw really gives). */
    public double[] typeProbabilities() {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    public String toCsv() {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
