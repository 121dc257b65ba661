package kr.go.msit.sovereignai.domain.sortition;

/** Checks of a composition against the quotas and the pool. */
final class Compositions {

    private Compositions() {}

    /** What is wrong with a composition, or null when it meets every quota exactly within the pool. */
    static String problem(Quotas quotas, TypePool pool, int[] counts) {
        FeatureSpace space = quotas.space();
        if (counts.length != space.typeCount()) {
            throw new IllegalArgumentException("one count per type");
        }
        int[][] perValue = new int[space.features().size()][];
        for (int f = 0; f < perValue.length; f++) {
            perValue[f] = new int[space.features().get(f).values().size()];
        }
        int size = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] < 0 || counts[t] > pool.counts()[t]) {
                return space.typeLabel(t) + ": " + counts[t] + " of a pool of " + pool.counts()[t];
            }
            size += counts[t];
            int[] values = space.valuesOf(t);
            for (int f = 0; f < values.length; f++) {
                perValue[f][values[f]] += counts[t];
            }
        }
        if (size != quotas.panelSize()) {
            return size + " members, not " + quotas.panelSize();
        }
        for (int f = 0; f < perValue.length; f++) {
            for (int v = 0; v < perValue[f].length; v++) {
                if (perValue[f][v] != quotas.quota(f, v)) {
                    FeatureSpace.Feature feature = space.features().get(f);
                    return feature.name() + "=" + feature.values().get(v) + ": " + perValue[f][v] + ", not the quota "
                            + quotas.quota(f, v);
                }
            }
        }
        return null;
    }
}
