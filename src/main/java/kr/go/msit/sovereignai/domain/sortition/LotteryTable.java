package kr.go.msit.sovereignai.domain.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lottery actually drawn: compositions with integer tickets out of {@code totalTickets}. Published as
 * {@code table.csv}: header {@code row,tickets,} then one column per type label, one line per row in order.
 *
 * <p>Rows are numbered from 0 (the {@code row} of {@link DrawnPanel}); the type columns are all types of the space
 * in type order (empty types included, with count 0). Every row meets every quota exactly and takes no more of a
 * type than the pool has; every row has at least one ticket and the tickets sum to {@code totalTickets}. The
 * constructor refuses anything else with {@link IllegalArgumentException}.
 *
 * <p><b>Why a million tickets.</b> Rounding weights w_p to tickets by largest remainder moves each weight by less than
 * 1/M, so a type's probability moves by at most R · max_p c_{p,t} / (M · N_t) ≤ R / M, R the number of rows (a few
 * dozen). With a digital seed the lottery can have any number of tickets: with M = 1,000,000 the published bound is
 * about 10^-4 of a probability or less, and the table's probabilities (which are what the draw really gives, published
 * beside LEXIMIN's) differ from LEXIMIN's by a few millionths. A lottery of m = 1,000 equally likely panels ("Fair
 * Sortition Made Transparent", Flanigan, Kehne and Procaccia 2021) matters only for a physical draw (three ten-sided
 * dice); at m = 1,000 naive rounding moves small types' probabilities by several percent and needs that paper's
 * dependent rounding to stay close, which a digital draw does not need.
 */
public record LotteryTable(Quotas quotas, TypePool pool, List<Composition> rows, long[] tickets, long totalTickets) {

    /** The number of tickets the platform uses. */
    public static final long PLATFORM_TICKETS = 1_000_000L;

    public LotteryTable {
        rows = List.copyOf(rows);
        tickets = tickets.clone();
        if (tickets.length != rows.size()) {
            throw new IllegalArgumentException("one ticket count per row");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a lottery needs at least one row");
        }
        long sum = 0;
        for (int p = 0; p < rows.size(); p++) {
            if (tickets[p] <= 0) {
                throw new IllegalArgumentException("row " + p + " has no ticket");
            }
            sum += tickets[p];
            String problem = Compositions.problem(quotas, pool, rows.get(p).counts());
            if (problem != null) {
                throw new IllegalArgumentException("row " + p + ": " + problem);
            }
        }
        if (sum != totalTickets) {
            throw new IllegalArgumentException("the tickets sum to " + sum + ", not " + totalTickets);
        }
    }

    @Override
    public long[] tickets() {
        return tickets.clone();
    }

    /**
     * Rounds a distribution to integer tickets out of {@code totalTickets}, keeping each type's probability close:
     * equal compositions are merged (first occurrence's place), negative solver noise is taken as 0, the weights are
     * scaled to sum to 1, each row gets floor(w · M) tickets and the tickets left over go one each to the rows with
     * the largest remainders (ties to the earlier row). Rows left without a ticket are dropped.
     */
    public static LotteryTable round(Quotas quotas, TypePool pool, FairDistribution distribution, long totalTickets) {
        if (totalTickets < 1) {
            throw new IllegalArgumentException("at least one ticket");
        }
        Map<List<Integer>, Double> merged = new LinkedHashMap<>();
        Map<List<Integer>, Composition> compositions = new LinkedHashMap<>();
        double total = 0;
        for (int p = 0; p < distribution.compositions().size(); p++) {
            Composition composition = distribution.compositions().get(p);
            double weight = Math.max(0, distribution.weights()[p]);
            List<Integer> key = Arrays.stream(composition.counts()).boxed().toList();
            merged.merge(key, weight, Double::sum);
            compositions.putIfAbsent(key, composition);
            total += weight;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the distribution has no weight");
        }
        List<Composition> rows = new ArrayList<>(compositions.values());
        double[] weights = new double[rows.size()];
        int index = 0;
        for (double weight : merged.values()) {
            weights[index++] = weight / total;
        }
        long[] tickets = new long[rows.size()];
        double[] remainders = new double[rows.size()];
        long given = 0;
        for (int p = 0; p < rows.size(); p++) {
            double exact = weights[p] * totalTickets;
            tickets[p] = (long) Math.floor(exact);
            remainders[p] = exact - tickets[p];
            given += tickets[p];
        }
        long left = totalTickets - given;
        Integer[] order = new Integer[rows.size()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> {
            int byRemainder = Double.compare(remainders[b], remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int i = 0; left > 0; i = (i + 1) % order.length, left--) {
            tickets[order[i]]++;
        }
        for (int i = 0; left < 0; i = (i + 1) % order.length) {
            // floating point can only overshoot by a ticket or so: take back from the smallest remainders
            int p = order[order.length - 1 - i];
            if (tickets[p] > 0) {
                tickets[p]--;
                left++;
            }
        }
        List<Composition> kept = new ArrayList<>();
        List<Long> keptTickets = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            if (tickets[p] > 0) {
                kept.add(rows.get(p));
                keptTickets.add(tickets[p]);
            }
        }
        return new LotteryTable(
                quotas,
                pool,
                kept,
                keptTickets.stream().mapToLong(Long::longValue).toArray(),
                totalTickets);
    }

    /** Each type's probability under the tickets (what the draw really gives); 0 for an empty type. */
    public double[] typeProbabilities() {
        double[] probabilities = new double[pool.counts().length];
        for (int t = 0; t < probabilities.length; t++) {
            if (pool.counts()[t] == 0) {
                continue;
            }
            long expected = 0; // sum of tickets x members: at most 10^6 x 10^5, fits a long
            for (int p = 0; p < rows.size(); p++) {
                expected += tickets[p] * rows.get(p).counts()[t];
            }
            probabilities[t] = expected / ((double) totalTickets * pool.counts()[t]);
        }
        return probabilities;
    }

    /** The largest difference, over the types, between the table's probabilities and the given ones. */
    public double maximumDeviation(double[] probabilities) {
        double[] mine = typeProbabilities();
        double max = 0;
        for (int t = 0; t < mine.length; t++) {
            max = Math.max(max, Math.abs(mine[t] - probabilities[t]));
        }
        return max;
    }

    /** The largest deviation from the distribution's probabilities (see {@link #maximumDeviation(double[])}). */
    public double maximumDeviation(FairDistribution distribution) {
        return maximumDeviation(distribution.typeProbabilities());
    }

    /** The largest deviation relative to the given probability, over the types with a positive one. */
    public double maximumRelativeDeviation(double[] probabilities) {
        double[] mine = typeProbabilities();
        double max = 0;
        for (int t = 0; t < mine.length; t++) {
            if (probabilities[t] > 0) {
                max = Math.max(max, Math.abs(mine[t] - probabilities[t]) / probabilities[t]);
            }
        }
        return max;
    }

    /** The bound on any type's deviation: rows · max_p c_{p,t} / (M · N_t), maximised over the types. */
    public double deviationBound() {
        double bound = 0;
        for (int t = 0; t < pool.counts().length; t++) {
            if (pool.counts()[t] == 0) {
                continue;
            }
            int most = 0;
            for (Composition row : rows) {
                most = Math.max(most, row.counts()[t]);
            }
            bound = Math.max(bound, rows.size() * (double) most / ((double) totalTickets * pool.counts()[t]));
        }
        return bound;
    }

    /** The row a ticket (0..totalTickets-1) falls in: rows own consecutive ticket ranges in order. */
    public int rowOf(long ticket) {
        if (ticket < 0 || ticket >= totalTickets) {
            throw new IllegalArgumentException("no ticket " + ticket);
        }
        long end = 0;
        for (int p = 0; p < rows.size(); p++) {
            end += tickets[p];
            if (ticket < end) {
                return p;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public String toCsv() {
        FeatureSpace space = quotas.space();
        StringBuilder csv = new StringBuilder("row,tickets");
        for (int t = 0; t < space.typeCount(); t++) {
            csv.append(',').append(space.typeLabel(t));
        }
        csv.append('\n');
        for (int p = 0; p < rows.size(); p++) {
            csv.append(p).append(',').append(tickets[p]);
            for (int count : rows.get(p).counts()) {
                csv.append(',').append(count);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Reads {@code table.csv} back (canonical form only), checking every row against the quotas and the pool. */
    public static LotteryTable parseCsv(Quotas quotas, TypePool pool, String csv) {
        FeatureSpace space = quotas.space();
        List<String> lines = Csv.lines(csv, "table.csv");
        StringBuilder header = new StringBuilder("row,tickets");
        for (int t = 0; t < space.typeCount(); t++) {
            header.append(',').append(space.typeLabel(t));
        }
        Csv.expectHeader(lines, header.toString(), "table.csv");
        List<Composition> rows = new ArrayList<>();
        long[] tickets = new long[lines.size() - 1];
        long total = 0;
        for (int i = 1; i < lines.size(); i++) {
            String where = "table.csv line " + (i + 1);
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != space.typeCount() + 2) {
                throw new IllegalArgumentException(where + ": expected " + (space.typeCount() + 2) + " fields");
            }
            if (Csv.nonNegativeLong(cells[0], where) != i - 1) {
                throw new IllegalArgumentException(where + ": rows are numbered from 0 in order");
            }
            tickets[i - 1] = Csv.nonNegativeLong(cells[1], where);
            total += tickets[i - 1];
            int[] counts = new int[space.typeCount()];
            for (int t = 0; t < counts.length; t++) {
                counts[t] = Csv.nonNegativeInt(cells[t + 2], where);
            }
            rows.add(new Composition(counts));
        }
        return new LotteryTable(quotas, pool, rows, tickets, total);
    }
}
