package kr.go.msit.sovereignai.domain.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * LEXIMIN selection probabilities over types by column generation (Flanigan et al., Nature 2021, with types in
 * place of people: everyone of a type has the same probability): a dual LP over the compositions found so far, a
 * pricing MIP for the next composition, types fixed round by round, and a last LP for the weights.
 *
 * <p>Outer round with fixed types F (probabilities π*_t): the restricted dual LP over the known compositions P is
 * minimise u − Σ_{t∈F} π*_t y_t subject to Σ_t y_t c_{p,t}/N_t ≤ u for every p ∈ P, Σ_{t∉F} y_t = 1, y ≥ 0. The
 * pricing MIP maximises Σ_t (y_t/N_t) c_t over all compositions meeting the quotas; a composition worth more than u
 * joins P and the LP is solved again. When none does, the LP's value z is the largest achievable minimum over the
 * unfixed types, and every unfixed type with y_t > 0 is tight in every optimal distribution (complementary
 * slackness), so it is fixed at z. The last LP finds weights over P that give every type at least its fixed
 * probability; the probabilities returned are those of the weights (so Σ_t π_t N_t = k exactly, up to rounding).
 *
 * <p>Initial columns: compositions chosen by a MIP maximising how many not yet covered types appear, until every
 * non-empty type that can appear in some composition appears in one; types that cannot appear get probability 0.
 * Empty types get probability 0 and take no part. One solver thread and fixed orders make the result deterministic.
 */
public final class Leximin {

    /** A composition must beat the dual bound by this much (relative) to join. */
    static final double IMPROVEMENT = 1e-9;
    /** A dual weight above this fixes its type. */
    static final double POSITIVE = 1e-7;
    /** Fixed probabilities are lowered by this much, so that the next rounds stay feasible despite rounding. */
    static final double SLACK = 1e-10;

    private static final int MAX_COLUMNS_PER_ROUND = 2_000;

    private Leximin() {}

    /** Counters of the last computation (for the benchmark). */
    public record Statistics(int outerRounds, int linearPrograms, int pricingProblems, int columns) {}

    /** The distribution; {@link InfeasibleQuotas} when the pool cannot meet the quotas. Deterministic. */
    public static FairDistribution compute(Quotas quotas, TypePool pool) {
        return computeWithStatistics(quotas, pool).distribution();
    }

    /** The distribution and the solver's counters. */
    public record Result(FairDistribution distribution, Statistics statistics) {}

    public static Result computeWithStatistics(Quotas quotas, TypePool pool) {
        Feasibility feasibility = Feasibility.check(quotas, pool);
        if (!feasibility.feasible()) {
            throw new InfeasibleQuotas(feasibility);
        }
        return new Run(quotas, pool).solve();
    }

    private static final class Run {
        private final Quotas quotas;
        private final TypePool pool;
        private final int types;
        private final int[] n;
        private final List<int[]> columns = new ArrayList<>();
        private final Set<List<Integer>> known = new HashSet<>();
        private int linearPrograms;
        private int pricingProblems;

        Run(Quotas quotas, TypePool pool) {
            this.quotas = quotas;
            this.pool = pool;
            this.types = quotas.space().typeCount();
            this.n = pool.counts().clone();
        }

        Result solve() {
            double[] fixed = new double[types];
            Arrays.fill(fixed, Double.NaN);
            boolean[] appears = initialColumns();
            for (int t = 0; t < types; t++) {
                if (!appears[t]) {
                    fixed[t] = 0; // empty, or in no composition at all
                }
            }
            int rounds = 0;
            while (anyUnfixed(fixed)) {
                rounds++;
                double[] y;
                double value;
                int added = 0;
                while (true) {
                    double[] dual = dualLp(fixed);
                    double u = dual[types];
                    y = Arrays.copyOf(dual, types);
                    value = u;
                    for (int t = 0; t < types; t++) {
                        if (!Double.isNaN(fixed[t]) && appears[t]) {
                            value -= fixed[t] * y[t];
                        }
                    }
                    int[] best = price(y);
                    double worth = 0;
                    for (int t = 0; t < types; t++) {
                        if (n[t] > 0) {
                            worth += y[t] * best[t] / n[t];
                        }
                    }
                    if (worth <= u + IMPROVEMENT * Math.max(1, Math.abs(u))
                            || !add(best)
                            || ++added > MAX_COLUMNS_PER_ROUND) {
                        break;
                    }
                }
                int strongest = -1;
                boolean any = false;
                for (int t = 0; t < types; t++) {
                    if (Double.isNaN(fixed[t])) {
                        if (strongest < 0 || y[t] > y[strongest]) {
                            strongest = t;
                        }
                        if (y[t] > POSITIVE) {
                            fixed[t] = Math.max(0, value - SLACK);
                            any = true;
                        }
                    }
                }
                if (!any) {
                    fixed[strongest] = Math.max(0, value - SLACK);
                }
            }
            double[] weights = weights(fixed);
            List<Composition> support = new ArrayList<>();
            List<Double> supportWeights = new ArrayList<>();
            double total = 0;
            for (int p = 0; p < columns.size(); p++) {
                if (weights[p] > 1e-12) {
                    support.add(new Composition(columns.get(p).clone()));
                    supportWeights.add(weights[p]);
                    total += weights[p];
                }
            }
            double[] w = new double[support.size()];
            for (int p = 0; p < w.length; p++) {
                w[p] = supportWeights.get(p) / total;
            }
            double[] probabilities = new double[types];
            for (int t = 0; t < types; t++) {
                if (n[t] == 0) {
                    continue;
                }
                double expected = 0;
                for (int p = 0; p < w.length; p++) {
                    expected += w[p] * support.get(p).counts()[t];
                }
                probabilities[t] = Math.min(1, expected / n[t]);
            }
            return new Result(
                    new FairDistribution(support, w, probabilities),
                    new Statistics(rounds, linearPrograms, pricingProblems, columns.size()));
        }

        private static boolean anyUnfixed(double[] fixed) {
            for (double value : fixed) {
                if (Double.isNaN(value)) {
                    return true;
                }
            }
            return false;
        }

        private boolean add(int[] composition) {
            if (Compositions.problem(quotas, pool, composition) != null) {
                throw new IllegalStateException("the solver returned a composition that breaks the quotas: "
                        + Compositions.problem(quotas, pool, composition));
            }
            if (known.add(Arrays.stream(composition).boxed().toList())) {
                columns.add(composition);
                return true;
            }
            return false;
        }

        /** Covers every type that can appear; returns which can. */
        private boolean[] initialColumns() {
            boolean[] covered = new boolean[types];
            boolean[] possible = new boolean[types];
            for (int t = 0; t < types; t++) {
                possible[t] = n[t] > 0;
            }
            while (true) {
                CompositionModel mip = new CompositionModel(quotas, pool).exactQuotas();
                boolean open = false;
                for (int t = 0; t < types; t++) {
                    if (possible[t] && !covered[t]) {
                        open = true;
                        Variable appears =
                                mip.model.addVariable("b" + t).binary().weight(1L);
                        mip.model
                                .addExpression("cover" + t)
                                .upper(0L)
                                .set(appears, 1L)
                                .set(mip.counts[t], -1L);
                    }
                }
                if (!open && !columns.isEmpty()) {
                    break;
                }
                pricingProblems++;
                Optimisation.Result result = mip.model.maximise();
                if (!result.getState().isFeasible()) {
                    throw new IllegalStateException("the covering MIP failed: " + result.getState());
                }
                int[] composition = mip.composition(result);
                boolean progress = false;
                for (int t = 0; t < types; t++) {
                    if (composition[t] > 0 && !covered[t]) {
                        covered[t] = true;
                        progress = true;
                    }
                }
                add(composition);
                if (!progress) {
                    for (int t = 0; t < types; t++) {
                        possible[t] &= covered[t]; // no composition has any of the rest
                    }
                    break;
                }
            }
            return covered;
        }

        /** The restricted dual LP: y_0..y_{T-1} and u (index T). */
        private double[] dualLp(double[] fixed) {
            linearPrograms++;
            ExpressionsBasedModel lp = new ExpressionsBasedModel(CompositionModel.options());
            Variable[] y = new Variable[types];
            for (int t = 0; t < types; t++) {
                y[t] = lp.addVariable("y" + t).lower(0L);
                if (n[t] == 0 || (!Double.isNaN(fixed[t]) && !inColumns(t))) {
                    y[t].upper(0L);
                } else if (!Double.isNaN(fixed[t])) {
                    y[t].weight(-fixed[t]);
                }
            }
            Variable u = lp.addVariable("u").lower(0L).weight(1L);
            for (int p = 0; p < columns.size(); p++) {
                int[] column = columns.get(p);
                Expression row = lp.addExpression("p" + p).upper(0L).set(u, -1L);
                for (int t = 0; t < types; t++) {
                    if (column[t] > 0) {
                        row.set(y[t], (double) column[t] / n[t]);
                    }
                }
            }
            Expression unfixed = lp.addExpression("unfixed").level(1L);
            for (int t = 0; t < types; t++) {
                if (Double.isNaN(fixed[t])) {
                    unfixed.set(y[t], 1L);
                }
            }
            Optimisation.Result result = lp.minimise();
            if (!result.getState().isFeasible()) {
                throw new IllegalStateException("the dual LP failed: " + result.getState());
            }
            double[] solution = new double[types + 1];
            for (int i = 0; i <= types; i++) {
                solution[i] = Math.max(0, result.doubleValue(i));
            }
            return solution;
        }

        private boolean inColumns(int t) {
            for (int[] column : columns) {
                if (column[t] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The pricing MIP: the composition maximising Σ (y_t/N_t) c_t (scaled so the largest weight is 1). */
        private int[] price(double[] y) {
            pricingProblems++;
            double largest = 0;
            for (int t = 0; t < types; t++) {
                if (n[t] > 0) {
                    largest = Math.max(largest, y[t] / n[t]);
                }
            }
            CompositionModel mip = new CompositionModel(quotas, pool).exactQuotas();
            for (int t = 0; t < types; t++) {
                if (n[t] > 0 && y[t] > 0) {
                    mip.counts[t].weight(y[t] / n[t] / largest);
                }
            }
            Optimisation.Result result = mip.model.maximise();
            if (!result.getState().isFeasible()) {
                throw new IllegalStateException("the pricing MIP failed: " + result.getState());
            }
            return mip.composition(result);
        }

        /** The last LP: weights over the columns giving every type at least its fixed probability (least shortfall). */
        private double[] weights(double[] fixed) {
            linearPrograms++;
            ExpressionsBasedModel lp = new ExpressionsBasedModel(CompositionModel.options());
            Variable[] lambda = new Variable[columns.size()];
            Expression sum = lp.addExpression("sum").level(1L);
            for (int p = 0; p < lambda.length; p++) {
                lambda[p] = lp.addVariable("w" + p).lower(0L);
                sum.set(lambda[p], 1L);
            }
            for (int t = 0; t < types; t++) {
                if (n[t] == 0 || fixed[t] <= 0) {
                    continue;
                }
                Variable shortfall = lp.addVariable("s" + t).lower(0L).weight(1000L);
                Expression row = lp.addExpression("t" + t).lower(fixed[t]).set(shortfall, 1L);
                for (int p = 0; p < lambda.length; p++) {
                    int count = columns.get(p)[t];
                    if (count > 0) {
                        row.set(lambda[p], (double) count / n[t]);
                    }
                }
            }
            Optimisation.Result result = lp.minimise();
            if (!result.getState().isFeasible()) {
                throw new IllegalStateException("the weights LP failed: " + result.getState());
            }
            double[] weights = new double[lambda.length];
            for (int p = 0; p < lambda.length; p++) {
                weights[p] = Math.max(0, result.doubleValue(p));
            }
            return weights;
        }
    }
}
