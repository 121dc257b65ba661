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
            checkCode(name);
            if (values.isEmpty() || values.size() != values.stream().distinct().count()) {
                throw new IllegalArgumentException(name + ": at least one value, all distinct");
            }
            values.forEach(FeatureSpace::checkCode);
        }
    }

    public FeatureSpace {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("at least one feature");
        }
    }

    /** Names and codes appear in CSV cells and type labels: ASCII letters, digits, {@code _ - + .} only. */
    private static void checkCode(String code) {
        if (!code.matches("[A-Za-z0-9_+.\\-]+")) {
            throw new IllegalArgumentException("not a feature name or value code: '" + code + "'");
        }
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

    /**
     * A type's published label: its value codes in feature order joined with {@code |}, e.g.
     * {@code F|CAPITAL|30-39|MID}.
     */
    public String typeLabel(int type) {
        if (type < 0 || type >= typeCount()) {
            throw new IllegalArgumentException("no type " + type);
        }
        int[] values = valuesOf(type);
        StringBuilder label = new StringBuilder();
        for (int f = 0; f < values.length; f++) {
            if (f > 0) {
                label.append('|');
            }
            label.append(features.get(f).values().get(values[f]));
        }
        return label.toString();
    }

    /** The type of a label made by {@link #typeLabel}; {@link IllegalArgumentException} for any other text. */
    public int typeOfLabel(String label) {
        String[] codes = label.split("\\|", -1);
        if (codes.length != features.size()) {
            throw new IllegalArgumentException("not a type label: " + label);
        }
        int[] values = new int[codes.length];
        for (int f = 0; f < codes.length; f++) {
            values[f] = valueIndex(f, codes[f]);
        }
        return typeOf(values);
    }

    /** The index of a value code of feature {@code f}; {@link IllegalArgumentException} for an unknown code. */
    public int valueIndex(int feature, String code) {
        int index = features.get(feature).values().indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "no value '" + code + "' of " + features.get(feature).name());
        }
        return index;
    }

    /** Whether a type has value {@code value} of feature {@code feature}. */
    public boolean hasValue(int type, int feature, int value) {
        return valuesOf(type)[feature] == value;
    }
}
