package kr.go.msit.sovereignai.benchmark;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import kr.go.msit.sovereignai.domain.sortition.DrawCommitment;
import kr.go.msit.sovereignai.domain.sortition.DrawnPanel;
import kr.go.msit.sovereignai.domain.sortition.FairDistribution;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;
import kr.go.msit.sovereignai.domain.sortition.LegacyGreedy;
import kr.go.msit.sovereignai.domain.sortition.Leximin;
import kr.go.msit.sovereignai.domain.sortition.LotteryTable;
import kr.go.msit.sovereignai.domain.sortition.LottoNumbers;
import kr.go.msit.sovereignai.domain.sortition.PanelDraw;
import kr.go.msit.sovereignai.domain.sortition.PoolEntry;
import kr.go.msit.sovereignai.domain.sortition.PoolFile;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import kr.go.msit.sovereignai.domain.sortition.TypePool;

/**
 * Times the citizens' panel at national scale (issue 23): a seeded, skewed synthetic pool of 100,000 volunteers
 * (62 % men, 58 % capital region, older-heavy ages, proficiency falling with age) and the ministry's plan (500 seats,
 * sex 250/250, region 250/250, five age bands of 100, proficiency 100/250/150). Prints the pool counts, LEXIMIN's
 * minimum and maximum probability and its compute time, the greedy method's estimated minimum, the lottery table's
 * rounding deviation at 1,000,000 tickets, and the time of the files, commitment and draw.
 *
 * <p>Run from the project directory:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.SortitionBenchmark}
 * or after {@code mvn -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/ojalgo/ojalgo/56.1.1/ojalgo-56.1.1.jar kr.go.msit.sovereignai.benchmark.SortitionBenchmark}.
 * Optional arguments: volunteers, greedy runs (defaults 100000 1000).
 */
public final class SortitionBenchmark {

    private SortitionBenchmark() {}

    public static void main(String[] args) {
        int volunteers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int greedyRuns = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Quotas quotas = Quotas.ministryPlan();
        FeatureSpace space = quotas.space();
        List<PoolEntry> entries = generate(space, volunteers, 20260115L);
        TypePool pool = PoolFile.count(space, entries);
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        int nonEmpty = 0;
        for (int count : pool.counts()) {
            if (count > 0) {
                nonEmpty++;
                smallest = Math.min(smallest, count);
                largest = Math.max(largest, count);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "pool %,d volunteers, %d of %d types non-empty (smallest %,d, largest %,d);"
                        + " panel %d; k/N %.5f; %d processors%n",
                pool.size(),
                nonEmpty,
                space.typeCount(),
                smallest,
                largest,
                quotas.panelSize(),
                quotas.panelSize() / (double) pool.size(),
                Runtime.getRuntime().availableProcessors());

        Leximin.computeWithStatistics(quotas, pool); // warm-up (JIT)
        long start = System.nanoTime();
        Leximin.Result result = Leximin.computeWithStatistics(quotas, pool);
        double computeSeconds = (System.nanoTime() - start) / 1e9;
        FairDistribution distribution = result.distribution();
        System.out.printf(
                Locale.ROOT,
                "LEXIMIN: min probability %.6f, max %.6f, %d compositions in support;"
                        + " %.2f s (%d outer rounds, %d LPs, %d MIPs, %d columns)%n",
                distribution.minimumProbability(pool),
                distribution.maximumProbability(),
                distribution.compositions().size(),
                computeSeconds,
                result.statistics().outerRounds(),
                result.statistics().linearPrograms(),
                result.statistics().pricingProblems(),
                result.statistics().columns());

        start = System.nanoTime();
        double[] greedy =
                LegacyGreedy.estimatedProbabilities(quotas, pool, HexFormat.of().parseHex("00".repeat(32)), greedyRuns);
        double greedySeconds = (System.nanoTime() - start) / 1e9;
        double greedyMin = 1;
        int below = 0;
        for (int t = 0; t < greedy.length; t++) {
            if (pool.counts()[t] > 0) {
                greedyMin = Math.min(greedyMin, greedy[t]);
                if (greedy[t] < distribution.minimumProbability(pool)) {
                    below += pool.counts()[t];
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "greedy (LEGACY), %,d runs: estimated min probability %.6f;"
                        + " %.1f %% of volunteers below LEXIMIN's minimum; %.2f s%n",
                greedyRuns,
                greedyMin,
                100.0 * below / pool.size(),
                greedySeconds);

        for (long tickets : new long[] {1_000L, LotteryTable.PLATFORM_TICKETS}) {
            LotteryTable table = LotteryTable.round(quotas, pool, distribution, tickets);
            System.out.printf(
                    Locale.ROOT,
                    "lottery table, %,d tickets, %d rows: largest deviation %.3g absolute,"
                            + " %.3g relative (bound %.3g)%n",
                    tickets,
                    table.rows().size(),
                    table.maximumDeviation(distribution),
                    table.maximumRelativeDeviation(distribution.typeProbabilities()),
                    table.deviationBound());
        }

        LotteryTable table = LotteryTable.round(quotas, pool, distribution, LotteryTable.PLATFORM_TICKETS);
        start = System.nanoTime();
        String poolCsv = PoolFile.csv(space, entries);
        String commitment = DrawCommitment.of(poolCsv, quotas.toCsv(), table.toCsv(), "lotto645:1203");
        double filesSeconds = (System.nanoTime() - start) / 1e9;
        byte[] seed = DrawCommitment.seed(commitment, LottoNumbers.parse("03-11-19-27-38-42+07"));
        PanelDraw.draw(table, seed, entries); // warm-up
        start = System.nanoTime();
        DrawnPanel panel = PanelDraw.draw(table, seed, entries);
        String drawCsv = panel.toCsv(space);
        double drawSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "files and commitment %.2f s (pool.csv %,d bytes); draw %.2f s: ticket %d,"
                        + " row %d, %d members, %,d reserves, draw.csv %,d bytes%n",
                filesSeconds,
                poolCsv.length(),
                drawSeconds,
                panel.ticket(),
                panel.row(),
                panel.members().size(),
                panel.reserves().size(),
                drawCsv.length());
        System.out.printf(Locale.ROOT, "total LEXIMIN + table + draw: %.2f s%n", computeSeconds + drawSeconds);
    }

    /** The skewed synthetic pool (seeded; pseudonyms from the seed too). */
    static List<PoolEntry> generate(FeatureSpace space, int volunteers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] age = {0.12, 0.16, 0.20, 0.24, 0.28};
        List<PoolEntry> entries = new ArrayList<>(volunteers);
        for (int i = 0; i < volunteers; i++) {
            int sex = random.nextDouble() < 0.62 ? 1 : 0;
            int region = random.nextDouble() < 0.58 ? 0 : 1;
            double u = random.nextDouble();
            int a = 0;
            for (double sum = age[0]; a < age.length - 1 && u >= sum; sum += age[++a]) {
                // find the band
            }
            double high = 0.35 - 0.07 * a;
            double low = 0.10 + 0.08 * a;
            double p = random.nextDouble();
            int proficiency = p < low ? 0 : p < 1 - high ? 1 : 2;
            String pseudonym = String.format(Locale.ROOT, "%016x", random.nextLong());
            entries.add(new PoolEntry(pseudonym, space.typeOf(sex, region, a, proficiency)));
        }
        return entries;
    }
}
