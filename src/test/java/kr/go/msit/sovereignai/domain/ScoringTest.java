package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.Points;
import kr.go.msit.sovereignai.domain.round.Rubric;
import kr.go.msit.sovereignai.domain.round.RubricCriterion;
import kr.go.msit.sovereignai.domain.scoring.PanelAggregation;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static BigDecimal p(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> totals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static String refusal(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).messageKey();
    }

    @Test
    void defaultRubricsSplitThePanelsPointsEvenlyToOneDecimal() {
        Rubric expert = Rubric.defaultFor(Panel.EXPERT, Component.EXPERT.defaultPoints());
        assertEquals(
                List.of(p("11.7"), p("11.7"), p("11.6")),
                expert.criteria().stream().map(RubricCriterion::maxPoints).toList());
        assertEquals("Development strategy", expert.criteria().get(0).label().en());
        Rubric userPanel = Rubric.defaultFor(Panel.USER_PANEL, Component.USER_PANEL.defaultPoints());
        assertEquals(
                List.of(p("5.0"), p("5.0"), p("5.0")),
                userPanel.criteria().stream().map(RubricCriterion::maxPoints).toList());
        assertEquals(List.of(p("3.4"), p("3.3"), p("3.3")), Points.splitEvenly(p("10"), 3));
        assertEquals(Component.EXPERT, Panel.EXPERT.component());
    }

    @Test
    void aRubricMustSumToItsComponentsPoints() {
        List<RubricCriterion> lines = List.of(
                new RubricCriterion(LocalizedText.of("가", "A"), p("20")),
                new RubricCriterion(LocalizedText.of("나", "B"), p("14.9")));
        assertEquals("rubric.sumMismatch", refusal(() -> new Rubric(Panel.EXPERT, p("35"), lines)));
        assertEquals("rubric.empty", refusal(() -> new Rubric(Panel.EXPERT, p("35"), List.of())));
        assertEquals(
                p("0.0"),
                new Rubric(Panel.USER_PANEL, p("0"), List.of()).componentPoints(),
                "a zero weight needs no lines");
        assertEquals("points.oneDecimal", refusal(() -> new RubricCriterion(LocalizedText.of("가", "A"), p("11.65"))));
        assertEquals("rubric.criterion.zero", refusal(() -> new RubricCriterion(LocalizedText.of("가", "A"), p("0"))));
    }

    @Test
    void scoresMustLieBetweenZeroAndTheLinesMaximumToOneDecimal() {
        RubricCriterion line = new RubricCriterion(LocalizedText.of("기술 역량", "Technical capability"), p("11.7"));
        assertEquals(p("11.7"), line.check(p("11.70")));
        assertEquals(p("0.0"), line.check(p("0")));
        assertEquals("score.aboveMaximum", refusal(() -> line.check(p("11.8"))));
        assertEquals("points.negative", refusal(() -> line.check(p("-0.1"))));
        assertEquals("points.oneDecimal", refusal(() -> line.check(p("5.25"))));
        assertEquals("points.required", refusal(() -> line.check(null)));
    }

    @Test
    void aSheetIsSavedAsADraftSubmittedWhenCompleteThenLockedUntilReopened() {
        Rubric rubric = Rubric.defaultFor(Panel.EXPERT, p("35"));
        ScoreSheet sheet = new ScoreSheet(1, 2, 3, Panel.EXPERT);
        sheet.saveDraft(rubric, Arrays.asList(p("10"), null, p("9.5")), "  ");
        assertEquals("score.incomplete", refusal(() -> sheet.submit(rubric, Instant.EPOCH)));

        sheet.saveDraft(rubric, List.of(p("10"), p("11"), p("9.5")), null);
        assertEquals("score.justification.required", refusal(() -> sheet.submit(rubric, Instant.EPOCH)));

        sheet.saveDraft(rubric, List.of(p("10"), p("11"), p("9.5")), "기술 보고서와 학습 로그 검토 결과");
        sheet.submit(rubric, Instant.EPOCH);
        assertEquals(SheetStatus.SUBMITTED, sheet.getStatus());
        assertEquals(p("30.5"), sheet.total());
        assertEquals("score.locked", refusal(() -> sheet.saveDraft(rubric, List.of(p("1"), p("1"), p("1")), "바꿈")));

        assertEquals("score.reopen.reasonRequired", refusal(() -> sheet.reopen(" ", "admin", Instant.EPOCH)));
        sheet.reopen("점수 입력 오류 정정 요청", "admin@example.kr", Instant.EPOCH);
        assertEquals(SheetStatus.DRAFT, sheet.getStatus());
        assertEquals("점수 입력 오류 정정 요청", sheet.getReopenings().get(0).reason());
        sheet.saveDraft(rubric, List.of(p("10"), p("11.7"), p("9.5")), "정정함");
        sheet.submit(rubric, Instant.EPOCH);
        assertEquals(p("31.2"), sheet.total());
    }

    @Test
    void aDraftsBlankLinesAreReadBackAsBlanks() {
        Rubric rubric = Rubric.defaultFor(Panel.EXPERT, p("35"));
        ScoreSheet sheet = new ScoreSheet(1, 2, 3, Panel.EXPERT);
        sheet.saveDraft(rubric, Arrays.asList(null, p("5"), null), null);
        assertEquals(Arrays.asList(null, p("5.0"), null), sheet.scoresFor(rubric));
    }

    @Test
    void outOfRangeDraftsAreRefusedAndChangeNothing() {
        Rubric rubric = Rubric.defaultFor(Panel.USER_PANEL, p("15"));
        ScoreSheet sheet = new ScoreSheet(1, 2, 3, Panel.USER_PANEL);
        sheet.saveDraft(rubric, List.of(p("4"), p("4"), p("4")), "초안");
        assertEquals(
                "score.aboveMaximum", refusal(() -> sheet.saveDraft(rubric, List.of(p("6"), p("4"), p("4")), "초과")));
        assertEquals("score.lineCount", refusal(() -> sheet.saveDraft(rubric, List.of(p("4")), "짧음")));
        assertEquals(List.of(p("4.0"), p("4.0"), p("4.0")), sheet.getScores());
        assertEquals("초안", sheet.getJustification());
    }

    @Test
    void fourReviewersGiveThePlainMean() {
        PanelAggregation.Result result = PanelAggregation.aggregate(totals("30", "20", "25", "35"));
        assertEquals(PanelAggregation.PLAIN_MEAN, result.rule());
        assertEquals(p("27.50"), result.points());
    }

    @Test
    void fiveReviewersDropTheHighestAndTheLowest() {
        PanelAggregation.Result result = PanelAggregation.aggregate(totals("30", "10", "25", "35", "20"));
        assertEquals(PanelAggregation.TRIMMED_MEAN, result.rule());
        assertEquals(p("25.00"), result.points(), "mean of 20, 25, 30");
        assertEquals(5, result.sheets());
    }

    @Test
    void tenReviewersDropOneHighestAndOneLowestEvenWhenTied() {
        // Three reviewers tie on 35 and two on 10: only one of each is dropped.
        PanelAggregation.Result result =
                PanelAggregation.aggregate(totals("35", "35", "35", "10", "10", "20", "25", "30", "28.5", "31.5"));
        assertEquals(PanelAggregation.TRIMMED_MEAN, result.rule());
        // Counted: 35, 35, 10, 20, 25, 30, 28.5, 31.5 -> 215 / 8
        assertEquals(p("26.88"), result.points());
    }

    @Test
    void onlySubmittedSheetsCount() {
        Rubric rubric = Rubric.defaultFor(Panel.USER_PANEL, p("15"));
        List<ScoreSheet> sheets = new java.util.ArrayList<>();
        for (String score : List.of("5", "3", "1")) {
            ScoreSheet sheet = new ScoreSheet(1, sheets.size(), 3, Panel.USER_PANEL);
            sheet.saveDraft(rubric, List.of(p(score), p(score), p(score)), "의견");
            if (!score.equals("1")) {
                sheet.submit(rubric, Instant.EPOCH);
            }
            sheets.add(sheet);
        }
        PanelAggregation.Result result = PanelAggregation.aggregateSheets(sheets);
        assertEquals(2, result.sheets(), "the draft is left out");
        assertEquals(p("12.00"), result.points(), "mean of 15 and 9");
    }

    @Test
    void noSubmittedSheetsGiveNoPoints() {
        assertEquals(p("0.00"), PanelAggregation.aggregate(List.of()).points());
        assertEquals(PanelAggregation.PLAIN_MEAN, PanelAggregation.forReviewers(4));
        assertEquals(PanelAggregation.TRIMMED_MEAN, PanelAggregation.forReviewers(5));
    }
}
