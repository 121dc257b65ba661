package kr.go.msit.sovereignai.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a panel's submitted sheet totals for one team become the team's component points.
 * Named, so a published tally can say which rule applied.
 */
public enum PanelAggregation {

    /** Fewer than five reviewers: the plain mean of every submitted total. */
    PLAIN_MEAN,
    /**
     * Five or more reviewers: the single highest and the single lowest total are dropped (one
     * each, even when several reviewers tie on them) and the rest are averaged.
     */
    TRIMMED_MEAN;

    /** Reviewers needed before the highest and lowest totals are dropped. */
    public static final int TRIM_FROM = 5;

    /** The rule that applies to this many submitted sheets. */
    public static PanelAggregation forReviewers(int submitted) {
        return submitted >= TRIM_FROM ? TRIMMED_MEAN : PLAIN_MEAN;
    }

    /** The result of aggregating one team's totals: the rule used and the points (two decimals). */
    public record Result(PanelAggregation rule, int sheets, BigDecimal points) {}

    /** Aggregates one team's sheets: drafts are ignored, only submitted sheets count. */
    public static Result aggregateSheets(List<ScoreSheet> sheetsOfOneTeam) {
        return aggregate(sheetsOfOneTeam.stream()
                .filter(s -> s.getStatus() == SheetStatus.SUBMITTED)
                .map(ScoreSheet::total)
                .toList());
    }

    /** Aggregates the submitted sheet totals of one team; no sheets give no points. */
    public static Result aggregate(List<BigDecimal> submittedTotals) {
        PanelAggregation rule = forReviewers(submittedTotals.size());
        if (submittedTotals.isEmpty()) {
            return new Result(rule, 0, BigDecimal.ZERO.setScale(2));
        }
        List<BigDecimal> counted = new ArrayList<>(submittedTotals);
        if (rule == TRIMMED_MEAN) {
            Collections.sort(counted);
            counted.remove(counted.size() - 1);
            counted.remove(0);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(
                rule, submittedTotals.size(), sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP));
    }
}
