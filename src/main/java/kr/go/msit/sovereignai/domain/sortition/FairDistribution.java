package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * A probability distribution over feasible compositions ({@code weights} sum to 1) and what it gives each type:
 * {@code typeProbabilities[t]} = expected members of type t / pool count of t (0 for an empty type).
 */
public record FairDistribution(List<Composition> compositions, double[] weights, double[] typeProbabilities) {

    public FairDistribution {
        compositions = List.copyOf(compositions);
        if (weights.length != compositions.size()) {
            throw new IllegalArgumentException("one weight per composition");
        }
    }

    /**
     * The smallest probability of any non-empty type. The record does not know the pool, so it takes the smallest
     * positive probability: a non-empty type that no composition can hold (a quota of 0 on one of its values) has
     * probability 0 and is not seen here; {@link #minimumProbability(TypePool)} sees it.
     */
    public double minimumProbability() {
        double min = Double.POSITIVE_INFINITY;
        for (double probability : typeProbabilities) {
            if (probability > 0) {
                min = Math.min(min, probability);
            }
        }
        return min == Double.POSITIVE_INFINITY ? 0 : min;
    }

    /** The smallest probability of any type the pool has volunteers of. */
    public double minimumProbability(TypePool pool) {
        double min = Double.POSITIVE_INFINITY;
        for (int t = 0; t < typeProbabilities.length; t++) {
            if (pool.counts()[t] > 0) {
                min = Math.min(min, typeProbabilities[t]);
            }
        }
        return min == Double.POSITIVE_INFINITY ? 0 : min;
    }

    /** The largest probability of any type. */
    public double maximumProbability() {
        double max = 0;
        for (double probability : typeProbabilities) {
            max = Math.max(max, probability);
        }
        return max;
    }
}
