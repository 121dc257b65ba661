package kr.go.msit.sovereignai.domain.sortition;

/**
 * The greedy method citizens' assemblies used before LEXIMIN ("LEGACY": repeatedly the feature value with the highest
 * ratio of still needed to still available, then a random volunteer having it), for comparison only. Its
 * probabilities are unknown in closed form: estimated over a number of runs seeded from a published seed.
 *
 * <p>One run, at type level (a random volunteer with the value is a type chosen with probability proportional to its
 * remaining volunteers among the types having that value): while seats are left, take the feature value with the
 * highest ratio still needed / still available among values still needed (ties to the first feature, then the first
 * value); pick the type; seat one of its volunteers; when a value's quota is full, every remaining volunteer having it
 * is removed. A value still needed with fewer available than needed makes the run fail: it restarts (same stream).
 * Randomness: uniform integers from SHA-256 in counter mode over the seed with the label {@code "greedy"} (never
 * {@code java.util.Random}).
 */
public final class LegacyGreedy {

    private static final int MAX_RESTARTS_PER_RUN = 10_000;

    private LegacyGreedy() {}

    /** Each type's estimated probability over {@code runs} runs (deterministic for the same seed). */
    public static double[] estimatedProbabilities(Quotas quotas, TypePool pool, byte[] seed, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run");
        }
        Feasibility feasibility = Feasibility.check(quotas, pool);
        if (!feasibility.feasible()) {
            throw new InfeasibleQuotas(feasibility);
        }
        FeatureSpace space = quotas.space();
        int types = space.typeCount();
        int[][] valuesOf = new int[types][];
        for (int t = 0; t < types; t++) {
            valuesOf[t] = space.valuesOf(t);
        }
        DeterministicStream random = new DeterministicStream(seed, "greedy");
        long[] seated = new long[types];
        for (int run = 0; run < runs; run++) {
            int[] counts = null;
            for (int attempt = 0; counts == null; attempt++) {
                if (attempt == MAX_RESTARTS_PER_RUN) {
                    throw new IllegalStateException("the greedy method failed " + attempt + " times in a row");
                }
                counts = once(quotas, pool, valuesOf, random);
            }
            for (int t = 0; t < types; t++) {
                seated[t] += counts[t];
            }
        }
        double[] probabilities = new double[types];
        for (int t = 0; t < types; t++) {
            if (pool.counts()[t] > 0) {
                probabilities[t] = seated[t] / ((double) runs * pool.counts()[t]);
            }
        }
        return probabilities;
    }

    /** One run: the counts seated per type, or null when it failed. */
    private static int[] once(Quotas quotas, TypePool pool, int[][] valuesOf, DeterministicStream random) {
        int features = quotas.space().features().size();
        int types = valuesOf.length;
        int[] remaining = pool.counts().clone();
        int[][] needed = new int[features][];
        int[][] available = new int[features][];
        for (int f = 0; f < features; f++) {
            needed[f] = quotas.perValue()[f].clone();
            available[f] = new int[needed[f].length];
        }
        for (int t = 0; t < types; t++) {
            for (int f = 0; f < features; f++) {
                available[f][valuesOf[t][f]] += remaining[t];
            }
        }
        for (int t = 0; t < types; t++) {
            for (int f = 0; f < features; f++) {
                if (needed[f][valuesOf[t][f]] == 0 && remaining[t] > 0) {
                    for (int g = 0; g < features; g++) {
                        available[g][valuesOf[t][g]] -= remaining[t];
                    }
                    remaining[t] = 0;
                }
            }
        }
        int[] counts = new int[types];
        for (int seat = 0; seat < quotas.panelSize(); seat++) {
            int bestF = -1;
            int bestV = -1;
            for (int f = 0; f < features; f++) {
                for (int v = 0; v < needed[f].length; v++) {
                    if (needed[f][v] == 0) {
                        continue;
                    }
                    if (available[f][v] < needed[f][v]) {
                        return null;
                    }
                    // needed/available > best ratio, compared exactly
                    if (bestF < 0
                            || (long) needed[f][v] * available[bestF][bestV]
                                    > (long) needed[bestF][bestV] * available[f][v]) {
                        bestF = f;
                        bestV = v;
                    }
                }
            }
            if (bestF < 0) {
                return null;
            }
            long pick = random.below(available[bestF][bestV]);
            int chosen = -1;
            for (int t = 0; t < types; t++) {
                if (valuesOf[t][bestF] == bestV && remaining[t] > 0) {
                    if (pick < remaining[t]) {
                        chosen = t;
                        break;
                    }
                    pick -= remaining[t];
                }
            }
            counts[chosen]++;
            remaining[chosen]--;
            for (int f = 0; f < features; f++) {
                available[f][valuesOf[chosen][f]]--;
                needed[f][valuesOf[chosen][f]]--;
            }
            for (int f = 0; f < features; f++) {
                int v = valuesOf[chosen][f];
                if (needed[f][v] == 0) {
                    // the value is full: remove everyone remaining who has it
                    for (int t = 0; t < types; t++) {
                        if (valuesOf[t][f] == v && remaining[t] > 0) {
                            for (int g = 0; g < features; g++) {
                                available[g][valuesOf[t][g]] -= remaining[t];
                            }
                            remaining[t] = 0;
                        }
                    }
                }
            }
        }
        for (int f = 0; f < features; f++) {
            for (int v = 0; v < needed[f].length; v++) {
                if (needed[f][v] != 0) {
                    return null;
                }
            }
        }
        return counts;
    }
}
