package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * A panel's size and its exact quota for every value of every feature ({@code perValue[feature][value]}); each
 * feature's quotas sum to the panel size. Published as {@code quotas.csv}: header {@code feature,value,quota}, one
 * line per feature value in the space's order, UTF-8, LF line ends.
 *
 * <p>The constructor checks the shape only (one non-negative quota per value of every feature, a non-negative panel
 * size); quotas that do not add up to the panel size are reported by {@link Feasibility}, not refused here.
 */
public record Quotas(FeatureSpace space, int panelSize, int[][] perValue) {

    public Quotas {
        if (panelSize < 0) {
            throw new IllegalArgumentException("the panel size cannot be negative: " + panelSize);
        }
        if (perValue.length != space.features().size()) {
            throw new IllegalArgumentException("one row of quotas per feature");
        }
        int[][] copy = new int[perValue.length][];
        for (int f = 0; f < perValue.length; f++) {
            FeatureSpace.Feature feature = space.features().get(f);
            if (perValue[f].length != feature.values().size()) {
                throw new IllegalArgumentException("one quota per value of " + feature.name());
            }
            for (int v = 0; v < perValue[f].length; v++) {
                if (perValue[f][v] < 0) {
                    throw new IllegalArgumentException("negative quota for " + feature.name() + "="
                            + feature.values().get(v));
                }
            }
            copy[f] = perValue[f].clone();
        }
        perValue = copy;
    }

    /** The ministry's plan (zdnet, 2025-10-26): 500 people, sex 250/250, region 250/250, ages 100 x 5, 100/250/150. */
    public static Quotas ministryPlan() {
        return new Quotas(FeatureSpace.ministry(), 500, new int[][] {
            {250, 250}, {250, 250}, {100, 100, 100, 100, 100}, {100, 250, 150}
        });
    }

    /** The quota of one value. */
    public int quota(int feature, int value) {
        return perValue[feature][value];
    }

    /** {@code quotas.csv} (see the class comment). */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("feature,value,quota\n");
        for (int f = 0; f < perValue.length; f++) {
            FeatureSpace.Feature feature = space.features().get(f);
            for (int v = 0; v < perValue[f].length; v++) {
                csv.append(feature.name())
                        .append(',')
                        .append(feature.values().get(v))
                        .append(',')
                        .append(perValue[f][v])
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * Reads {@code quotas.csv} back, refusing anything but the canonical form with {@link IllegalArgumentException}.
     * The panel size is the sum of the first feature's quotas; every feature must sum to it.
     */
    public static Quotas parseCsv(FeatureSpace space, String csv) {
        List<String> lines = Csv.lines(csv, "quotas.csv");
        Csv.expectHeader(lines, "feature,value,quota", "quotas.csv");
        int expected = 0;
        for (FeatureSpace.Feature feature : space.features()) {
            expected += feature.values().size();
        }
        if (lines.size() - 1 != expected) {
            throw new IllegalArgumentException(
                    "quotas.csv: expected " + expected + " quota lines, found " + (lines.size() - 1));
        }
        int[][] perValue = new int[space.features().size()][];
        int line = 1;
        for (int f = 0; f < space.features().size(); f++) {
            FeatureSpace.Feature feature = space.features().get(f);
            perValue[f] = new int[feature.values().size()];
            for (int v = 0; v < feature.values().size(); v++, line++) {
                String[] cells = lines.get(line).split(",", -1);
                if (cells.length != 3
                        || !cells[0].equals(feature.name())
                        || !cells[1].equals(feature.values().get(v))) {
                    throw new IllegalArgumentException("quotas.csv line " + (line + 1) + ": expected " + feature.name()
                            + "," + feature.values().get(v) + ",<quota>");
                }
                perValue[f][v] = Csv.nonNegativeInt(cells[2], "quotas.csv line " + (line + 1));
            }
        }
        int size = 0;
        for (int quota : perValue[0]) {
            size += quota;
        }
        for (int f = 1; f < perValue.length; f++) {
            int sum = 0;
            for (int quota : perValue[f]) {
                sum += quota;
            }
            if (sum != size) {
                throw new IllegalArgumentException("quotas.csv: the quotas of "
                        + space.features().get(f).name() + " sum to " + sum + ", not the panel size " + size);
            }
        }
        return new Quotas(space, size, perValue);
    }
}
