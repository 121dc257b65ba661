package kr.go.msit.sovereignai.domain.sortition;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** Whether a pool can meet the quotas and, when it cannot, the quotas in conflict and by how much. */
public record Feasibility(boolean feasible, List<QuotaConflict> conflicts) {

    public Feasibility {
        conflicts = List.copyOf(conflicts);
    }

    /**
     * Checks the quotas against the pool: feasible when some composition with {@code counts[t] <= pool[t]} meets every
     * quota exactly; otherwise the smallest total change of the quotas that would make it feasible, per quota.
     *
     * <p>A MIP over the counts c_t in [0, N_t] summing to the panel size (or to the pool's size when the pool is
     * smaller: then the panel cannot be filled at all), each quota with a slack either way, minimising the total
     * slack. Feasible iff that total is 0 and the pool is at least the panel size. The conflicts are the quotas with
     * slack, each with the number the closest panel reaches ({@link QuotaConflict#reachable}); with an empty pool
     * every positive quota conflicts with 0 reachable. Never throws for a pool that is too small or empty.
     */
    public static Feasibility check(Quotas quotas, TypePool pool) {
        FeatureSpace space = quotas.space();
        if (pool.counts().length != space.typeCount()) {
            throw new IllegalArgumentException("one pool count per type");
        }
        int size = pool.size();
        if (size == 0) {
            List<QuotaConflict> conflicts = new ArrayList<>();
            for (int f = 0; f < space.features().size(); f++) {
                for (int v = 0; v < space.features().get(f).values().size(); v++) {
                    if (quotas.quota(f, v) > 0) {
                        conflicts.add(new QuotaConflict(f, v, quotas.quota(f, v), 0));
                    }
                }
            }
            return new Feasibility(quotas.panelSize() == 0, conflicts);
        }
        CompositionModel mip = new CompositionModel(quotas, pool);
        long target = Math.min(quotas.panelSize(), size);
        Expression total = mip.model.addExpression("size").level(target);
        for (Variable count : mip.counts) {
            total.set(count, 1L);
        }
        List<int[]> values = new ArrayList<>();
        for (int f = 0; f < space.features().size(); f++) {
            for (int v = 0; v < space.features().get(f).values().size(); v++) {
                values.add(new int[] {f, v});
                Variable over =
                        mip.model.addVariable("over" + f + "_" + v).lower(0L).weight(1L);
                Variable under =
                        mip.model.addVariable("under" + f + "_" + v).lower(0L).weight(1L);
                Expression quota = mip.model.addExpression("q" + f + "_" + v).level((long) quotas.quota(f, v));
                for (int t = 0; t < mip.counts.length; t++) {
                    if (space.hasValue(t, f, v)) {
                        quota.set(mip.counts[t], 1L);
                    }
                }
                quota.set(over, -1L).set(under, 1L);
            }
        }
        Optimisation.Result result = mip.model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the feasibility MIP failed: " + result.getState());
        }
        int[] composition = mip.composition(result);
        List<QuotaConflict> conflicts = new ArrayList<>();
        for (int[] fv : values) {
            int reached = 0;
            for (int t = 0; t < composition.length; t++) {
                if (space.hasValue(t, fv[0], fv[1])) {
                    reached += composition[t];
                }
            }
            int quota = quotas.quota(fv[0], fv[1]);
            if (reached != quota) {
                conflicts.add(new QuotaConflict(fv[0], fv[1], quota, reached));
            }
        }
        boolean feasible = conflicts.isEmpty() && size >= quotas.panelSize();
        return new Feasibility(feasible, conflicts);
    }

    /** Each conflict in words, e.g. {@code age=19-29: quota 100, at most 62 reachable}. */
    public List<String> describe(FeatureSpace space) {
        List<String> lines = new ArrayList<>();
        for (QuotaConflict conflict : conflicts) {
            FeatureSpace.Feature feature = space.features().get(conflict.feature());
            lines.add(feature.name() + "=" + feature.values().get(conflict.value()) + ": quota " + conflict.quota()
                    + ", " + conflict.reachable() + " reachable");
        }
        return lines;
    }
}
