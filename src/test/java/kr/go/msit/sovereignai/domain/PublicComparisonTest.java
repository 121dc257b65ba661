package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.tally.PublicComparison;
import org.junit.jupiter.api.Test;

/** The panel's scored PUBLIC points beside the open public's: ranks on points alone, differences open minus panel. */
class PublicComparisonTest {

    private static Map<Long, LocalizedText> teams() {
        Map<Long, LocalizedText> teams = new LinkedHashMap<>();
        teams.put(1L, LocalizedText.of("가", "A"));
        teams.put(2L, LocalizedText.of("나", "B"));
        teams.put(3L, LocalizedText.of("다", "C"));
        return teams;
    }

    private static BigDecimal p(String points) {
        return new BigDecimal(points);
    }

    @Test
    void linesAreInThePanelsOrderWithTheOpenPublicsRankAndTheDifferences() {
        PublicComparison comparison = PublicComparison.of(
                500,
                420,
                10_000,
                teams(),
                Map.of(1L, p("10.00"), 2L, p("5.00"), 3L, p("0.00")),
                Map.of(1L, p("3.33"), 2L, p("5.00"), 3L, p("6.67")));

        assertEquals(
                List.of(1L, 2L, 3L),
                comparison.lines().stream().map(PublicComparison.Line::teamId).toList());
        PublicComparison.Line first = comparison.lines().get(0);
        assertEquals(1, first.scoredRank());
        assertEquals(3, first.openRank());
        assertEquals(2, first.rankDifference());
        assertEquals(p("-6.67"), first.difference());
        assertEquals(p("6.67"), comparison.largestPointsDifference());
        assertEquals(1L, comparison.largestDifference().orElseThrow().teamId());
        assertEquals(2, comparison.largestRankDifference());
        assertEquals(2, comparison.teamsRankedDifferently());
    }

    @Test
    void equalPointsShareARankAndTheSameResultDiffersNowhere() {
        Map<Long, BigDecimal> same = Map.of(1L, p("5.00"), 2L, p("5.00"), 3L, p("2.50"));
        PublicComparison comparison = PublicComparison.of(3, 3, 3, teams(), same, same);

        assertEquals(
                List.of(1, 1, 3),
                comparison.lines().stream()
                        .map(PublicComparison.Line::scoredRank)
                        .toList());
        assertEquals(0, comparison.largestPointsDifference().signum());
        assertEquals(0, comparison.largestRankDifference());
        assertEquals(0, comparison.teamsRankedDifferently());
    }
}
