package kr.go.msit.sovereignai.domain.ballot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The public ballot's contribution to a team's score. A team's mean rating (the mean of its
 * per-criterion means, so every criterion weighs the same) is mapped linearly onto the PUBLIC
 * component's points: a mean of {@link Rating#HIGHEST} earns full points, a mean of {@link Rating#LOWEST} none. A team nobody
 * rated earns none. Points are rounded half-up to two decimals, as published.
 */
public final class PublicComponent {

    private PublicComponent() {}

    /** Sum and count of the ratings one team received on one criterion. */
    public record RatingTotals(long sum, long count) {

        public RatingTotals {
            if (count < 0 || sum < count * Rating.LOWEST || sum > count * Rating.HIGHEST) {
                throw new IllegalArgumentException("impossible totals: sum " + sum + " of " + count + " ratings");
            }
        }
    }

    /** The mean rating over criteria, or empty when nobody rated the team. */
    public static java.util.Optional<BigDecimal> meanRating(List<RatingTotals> perCriterion) {
        List<RatingTotals> rated =
                perCriterion.stream().filter(t -> t.count() > 0).toList();
        if (rated.isEmpty()) {
            return java.util.Optional.empty();
        }
        BigDecimal sumOfMeans = BigDecimal.ZERO;
        for (RatingTotals totals : rated) {
            sumOfMeans = sumOfMeans.add(BigDecimal.valueOf(totals.sum())
                    .divide(BigDecimal.valueOf(totals.count()), 10, RoundingMode.HALF_UP));
        }
        return java.util.Optional.of(sumOfMeans.divide(BigDecimal.valueOf(rated.size()), 10, RoundingMode.HALF_UP));
    }

    /** The points a team earns out of {@code componentPoints}. */
    public static BigDecimal points(List<RatingTotals> perCriterion, BigDecimal componentPoints) {
        if (componentPoints.signum() < 0) {
            throw new IllegalArgumentException("component points cannot be negative");
        }
        return meanRating(perCriterion)
                .map(mean -> mean.subtract(BigDecimal.valueOf(Rating.LOWEST))
                        .multiply(componentPoints)
                        .divide(BigDecimal.valueOf(Rating.HIGHEST - Rating.LOWEST), 2, RoundingMode.HALF_UP))
                .orElse(BigDecimal.ZERO.setScale(2));
    }
}
