package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * The features a panel's quotas look at, each with its values in published order. A type is one value of every
 * feature; its index is mixed-radix over the features in order (the first feature most significant), so the
 * ministry's space has 2 x 2 x 5 x 3 = 60 types numbered 0..59.
 */
public record FeatureSpace(List<Feature> features) {

    /** One feature: its name as published (ASCII, e.g. {@code sex}) and its values' codes (e.g. {@code F}, {@code M}). */
    public record Feature(String name, List<String> values) {
        public Feature {
            values = List.copyOf(values);
        }
    }

    public FeatureSpace {
        features = List.copyOf(features);
    }

    /** The ministry's plan: sex, capital region or elsewhere, five age bands, AI proficiency in three levels. */
    public static FeatureSpace ministry() {
        return new FeatureSpace(List.of(
                new Feature("sex", List.of("F", "M")),
                new Feature("region", List.of("CAPITAL", "ELSEWHERE")),
                new Feature("age", List.of("19-29", "30-39", "40-49", "50-59", "60+")),
                new Feature("proficiency", List.of("LOW", "MID", "HIGH"))));
    }

    public int typeCount() {
        int count = 1;
        for (Feature feature : features) {
            count *= feature.values().size();
        }
        return count;
    }

    /** The value index of every feature for a type. */
    public int[] valuesOf(int type) {
        int[] values = new int[features.size()];
        for (int f = features.size() - 1; f >= 0; f--) {
            int size = features.get(f).values().size();
            values[f] = type % size;
            type /= size;
        }
        return values;
    }

    /** The type of one value index per feature. */
    public int typeOf(int... values) {
        if (values.length != features.size()) {
            throw new IllegalArgumentException("one value per feature");
        }
        int type = 0;
        for (int f = 0; f < features.size(); f++) {
            int size = features.get(f).values().size();
            if (values[f] < 0 || values[f] >= size) {
                throw new IllegalArgumentException(
                        "no value " + values[f] + " of " + features.get(f).name());
            }
            type = type * size + values[f];
        }
        return type;
    }
}
