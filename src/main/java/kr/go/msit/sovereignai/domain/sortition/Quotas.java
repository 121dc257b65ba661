package kr.go.msit.sovereignai.domain.sortition;

/**
 * A panel's size and its exact quota for every value of every feature ({@code perValue[feature][value]}); each
 * feature's quotas sum to the panel size. Published as {@code quotas.csv}: header {@code feature,value,quota}, one
 * line per feature value in the space's order, UTF-8, LF line ends.
 */
public record Quotas(FeatureSpace space, int panelSize, int[][] perValue) {

    /** The ministry's plan (zdnet, 2025-10-26): 500 people, sex 250/250, region 250/250, ages 100 x 5, 100/250/150. */
    public static Quotas ministryPlan() {
        return new Quotas(FeatureSpace.ministry(), 500, new int[][] {
            {250, 250}, {250, 250}, {100, 100, 100, 100, 100}, {100, 250, 150}
        });
    }

    /** {@code quotas.csv} (see the class comment). */
    public String toCsv() {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    /** Reads {@code quotas.csv} back, refusing anything but the canonical form with {@link IllegalArgumentException}. */
    public static Quotas parseCsv(FeatureSpace space, String csv) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
