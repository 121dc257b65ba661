package kr.go.msit.sovereignai.application.citizenpanel;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.domain.sortition.DrawCommitment;
import kr.go.msit.sovereignai.domain.sortition.FairDistribution;
import kr.go.msit.sovereignai.domain.sortition.LegacyGreedy;
import kr.go.msit.sovereignai.domain.sortition.Leximin;
import kr.go.msit.sovereignai.domain.sortition.LotteryTable;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import kr.go.msit.sovereignai.domain.sortition.TypePool;

/**
 * The computation between the freeze and the commitment, outside any transaction: LEXIMIN probabilities, the
 * lottery of one million tickets, the greedy method's estimate for comparison (1,000 runs seeded by the pool digest),
 * and the commitment over pool, quotas, table, algorithm version and the declared seed source.
 */
final class PanelLottery {

    static final int GREEDY_RUNS = 1_000;
    private static final Logger LOG = Logger.getLogger(PanelLottery.class.getName());

    private PanelLottery() {}

    /** What the computation needs, read in the freeze's transaction. */
    record Input(int roundNumber, Quotas quotas, TypePool pool, String poolCsv, String poolDigest, String seedSource) {}

    /** What is committed. */
    record Result(String tableCsv, String probabilities, String commitment, long computeMillis) {}

    /** Throws {@code InfeasibleQuotas} when the pool cannot meet the quotas. */
    static Result compute(Input input) {
        long started = System.nanoTime();
        FairDistribution distribution = Leximin.compute(input.quotas(), input.pool());
        LotteryTable table = LotteryTable.round(input.quotas(), input.pool(), distribution, PanelFiles.TOTAL_TICKETS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        double[] greedy = greedyComparison(input);
        String tableCsv = table.toCsv();
        String probabilities = PanelReading.probabilitiesText(input.pool(), table.typeProbabilities(), greedy);
        String commitment = DrawCommitment.of(input.poolCsv(), input.quotas().toCsv(), tableCsv, input.seedSource());
        return new Result(tableCsv, probabilities, commitment, millis);
    }

    /**
     * The greedy method's estimate, for comparison only: when it fails (it gives up after many restarts on a tight
     * pool) it is published as not available (NaN for every type) and the commitment goes ahead.
     */
    static double[] greedyComparison(Input input) {
        try {
            return LegacyGreedy.estimatedProbabilities(
                    input.quotas(), input.pool(), HexFormat.of().parseHex(input.poolDigest()), GREEDY_RUNS);
        } catch (IllegalStateException | ArithmeticException failed) {
            LOG.log(
                    Level.WARNING,
                    "review {0} panel: the greedy comparison failed ({1}); published as not available",
                    new Object[] {input.roundNumber(), failed.getMessage()});
            double[] unavailable = new double[input.pool().counts().length];
            Arrays.fill(unavailable, Double.NaN);
            return unavailable;
        }
    }
}
