package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent.RatingTotals;
import org.junit.jupiter.api.Test;

class PublicComponentTest {

    private static final BigDecimal TEN = new BigDecimal("10");

    private static BigDecimal points(long sum, long count) {
        return PublicComponent.points(List.of(new RatingTotals(sum, count)), TEN);
    }

    @Test
    void aMeanOfFiveEarnsFullPointsAndAMeanOfOneEarnsNone() {
        assertEquals(new BigDecimal("10.00"), points(500, 100));
        assertEquals(new BigDecimal("0.00"), points(100, 100));
        assertEquals(new BigDecimal("5.00"), points(300, 100), "a mean of 3 is half-way");
    }

    @Test
    void pointsAreLinearInTheMeanAndRoundedToTwoDecimals() {
        assertEquals(new BigDecimal("7.50"), points(4, 1));
        // mean 11/3 = 3.6667 -> (2.6667 / 4) * 10 = 6.6667
        assertEquals(new BigDecimal("6.67"), points(11, 3));
        assertEquals(
                new BigDecimal("2.25"),
                PublicComponent.points(List.of(new RatingTotals(5, 2)), new BigDecimal("6")),
                "mean 2.5 of 6 points");
    }

    @Test
    void everyCriterionWeighsTheSameWhateverItsNumberOfRatings() {
        // Criterion A: mean 5 over 1000 ratings; criterion B: mean 1 over 10 ratings -> overall mean 3.
        BigDecimal points =
                PublicComponent.points(List.of(new RatingTotals(5000, 1000), new RatingTotals(10, 10)), TEN);
        assertEquals(new BigDecimal("5.00"), points);
    }

    @Test
    void aTeamNobodyRatedEarnsNothing() {
        assertEquals(new BigDecimal("0.00"), points(0, 0));
        assertTrue(PublicComponent.meanRating(List.of(new RatingTotals(0, 0))).isEmpty());
        assertEquals(
                new BigDecimal("0.00"),
                PublicComponent.points(List.of(new RatingTotals(40, 10)), BigDecimal.ZERO),
                "a zero weight gives zero points");
    }

    @Test
    void impossibleTotalsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RatingTotals(6, 1));
        assertThrows(IllegalArgumentException.class, () -> new RatingTotals(0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> points(10, 2).add(PublicComponent.points(List.of(), TEN.negate())));
    }
}
