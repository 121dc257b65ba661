package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkScore;
import org.junit.jupiter.api.Test;

class BenchmarkScoreTest {

    private static final List<BenchmarkPart> REVIEW_1 = BenchmarkPart.review1Defaults();

    private static BigDecimal p(String value) {
        return new BigDecimal(value);
    }

    @Test
    void review1SplitsFortyPointsIntoThreeParts() {
        assertEquals(p("40.0"), REVIEW_1.stream().map(BenchmarkPart::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals("Global common benchmarks", REVIEW_1.get(1).label().en());
    }

    @Test
    void eachPartEarnsItsShareOfPointsByAchievementAgainstTheTeamsOwnTarget() {
        assertEquals(p("8.40"), BenchmarkScore.points(REVIEW_1.get(0), p("84")));
        assertEquals(p("16.90"), BenchmarkScore.points(REVIEW_1.get(1), p("84.5")));
        assertEquals(p("0.00"), BenchmarkScore.points(REVIEW_1.get(2), p("0")));
        // e.g. 84 %, 84.5 %, 83 % of target: 8.4 + 16.9 + 8.3 = 33.6, LG AI Research's benchmark points in review 1
        assertEquals(p("33.60"), BenchmarkScore.total(REVIEW_1, List.of(p("84"), p("84.5"), p("83"))));
    }

    @Test
    void achievementAboveTheTargetIsCappedAtAHundredPercent() {
        assertEquals(p("10.00"), BenchmarkScore.points(REVIEW_1.get(0), p("130")));
        assertEquals(p("40.00"), BenchmarkScore.total(REVIEW_1, List.of(p("101"), p("250"), p("100"))));
    }

    @Test
    void missingNegativeOrMiscountedRatesAreRefused() {
        assertEquals("benchmark.rate.negative", assertThrows(DomainRuleViolation.class,
                () -> BenchmarkScore.points(REVIEW_1.get(0), p("-1"))).messageKey());
        assertEquals("benchmark.rate.required", assertThrows(DomainRuleViolation.class,
                () -> BenchmarkScore.points(REVIEW_1.get(0), null)).messageKey());
        assertEquals("benchmark.partCount", assertThrows(DomainRuleViolation.class,
                () -> BenchmarkScore.total(REVIEW_1, List.of(p("90")))).messageKey());
    }

    @Test
    void aRoundsPartsSplitItsBenchmarkPointsAsReview1DidAddingUpExactly() {
        assertEquals(REVIEW_1, BenchmarkPart.defaultsFor(p("40")), "forty points give review 1's parts");
        List<BenchmarkPart> thirty = BenchmarkPart.defaultsFor(p("30"));
        assertEquals(List.of(p("7.5"), p("15.0"), p("7.5")), thirty.stream().map(BenchmarkPart::maxPoints).toList());
        List<BenchmarkPart> odd = BenchmarkPart.defaultsFor(p("25.5"));
        assertEquals(p("25.5"), odd.stream().map(BenchmarkPart::maxPoints).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertEquals(List.of(p("0.0"), p("0.0"), p("0.0")), BenchmarkPart.defaultsFor(p("0")).stream().map(BenchmarkPart::maxPoints).toList(),
                "a benchmark component weighted zero gives no points");
    }
}
