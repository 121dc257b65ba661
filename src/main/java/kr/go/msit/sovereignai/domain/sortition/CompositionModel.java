package kr.go.msit.sovereignai.domain.sortition;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

/**
 * The small MIP every step shares: one integer count per type, 0 <= c_t <= N_t. With {@link #exactQuotas} every
 * feature value's quota holds exactly and the counts sum to the panel size. One branch-and-bound worker, so that the
 * same input gives the same solution.
 */
final class CompositionModel {

    final ExpressionsBasedModel model;
    final Variable[] counts;
    private final Quotas quotas;

    CompositionModel(Quotas quotas, TypePool pool) {
        this.quotas = quotas;
        this.model = new ExpressionsBasedModel(options());
        int types = quotas.space().typeCount();
        this.counts = new Variable[types];
        for (int t = 0; t < types; t++) {
            counts[t] = model.addVariable("c" + t)
                    .lower(0L)
                    .upper((long) pool.counts()[t])
                    .integer(true);
        }
    }

    static Optimisation.Options options() {
        Optimisation.Options options = new Optimisation.Options();
        options.integer(IntegerStrategy.newConfigurable().withParallelism(() -> 1));
        return options;
    }

    /** Every feature value's quota exactly, and the panel size. */
    CompositionModel exactQuotas() {
        FeatureSpace space = quotas.space();
        Expression size = model.addExpression("size").level((long) quotas.panelSize());
        for (Variable count : counts) {
            size.set(count, 1L);
        }
        for (int f = 0; f < space.features().size(); f++) {
            for (int v = 0; v < space.features().get(f).values().size(); v++) {
                Expression quota = model.addExpression("q" + f + "_" + v).level((long) quotas.quota(f, v));
                for (int t = 0; t < counts.length; t++) {
                    if (space.hasValue(t, f, v)) {
                        quota.set(counts[t], 1L);
                    }
                }
            }
        }
        return this;
    }

    /** The counts of a solution, rounded to integers. */
    int[] composition(Optimisation.Result result) {
        int[] composition = new int[counts.length];
        for (int t = 0; t < counts.length; t++) {
            composition[t] = (int) Math.round(result.doubleValue(t));
        }
        return composition;
    }
}
