package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * A probability distribution over feasible compositions ({@code weights} sum to 1) and what it gives each type:
 * {@code typeProbabilities[t]} = expected members of type t / pool count of t (0 for an empty type).
 */
public record FairDistribution(List<Composition> compositions, double[] weights, double[] typeProbabilities) {

    public FairDistribution {
        compositions = List.copyOf(compositions);
    }

    /** The smallest probability of any non-empty type. */
    public double minimumProbability() {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
