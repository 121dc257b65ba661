package kr.go.msit.sovereignai.domain.sortition;

/**
 * The greedy method citizens' assemblies used before LEXIMIN ("LEGACY": repeatedly the feature value with the highest
 * ratio of still needed to still available, then a random volunteer having it), for comparison only. Its
 * probabilities are unknown in closed form: estimated over a number of runs seeded from a published seed.
 */
public final class LegacyGreedy {

    private LegacyGreedy() {}

    /** Each type's estimated probability over {@code runs} runs (deterministic for the same seed). */
    public static double[] estimatedProbabilities(Quotas quotas, TypePool pool, byte[] seed, int runs) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
