package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/** Whether a pool can meet the quotas and, when it cannot, the quotas in conflict and by how much. */
public record Feasibility(boolean feasible, List<QuotaConflict> conflicts) {

    public Feasibility {
        conflicts = List.copyOf(conflicts);
    }

    /**
     * Checks the quotas against the pool: feasible when some composition with {@code counts[t] <= pool[t]} meets every
     * quota exactly; otherwise the smallest total change of the quotas that would make it feasible, per quota.
     */
    public static Feasibility check(Quotas quotas, TypePool pool) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
