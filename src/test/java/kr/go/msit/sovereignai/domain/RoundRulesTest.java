package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ComponentPoints;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RubricCriterion;
import org.junit.jupiter.api.Test;

/** A round owns its rules: points per component and both panels' rubrics, frozen once it opens. */
class RoundRulesTest {

    private static final java.util.List<Long> TEAMS = java.util.List.of(11L, 12L, 13L);

    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    private static final Instant NOW = Instant.parse("2025-12-01T00:00:00Z");

    private static BigDecimal p(String value) {
        return new BigDecimal(value);
    }

    private static ComponentPoints points(String benchmark, String expert, String userPanel, String citizens) {
        Map<Component, BigDecimal> points = new EnumMap<>(Component.class);
        points.put(Component.BENCHMARK, p(benchmark));
        points.put(Component.EXPERT, p(expert));
        points.put(Component.USER_PANEL, p(userPanel));
        points.put(Component.PUBLIC, p(citizens));
        return new ComponentPoints(points);
    }

    @Test
    void aNewRoundStartsWithTheDefaultPointsAndRubrics() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        assertEquals(ComponentPoints.defaults(), round.rulebook().componentPoints());
        assertEquals(
                List.of(p("11.7"), p("11.7"), p("11.6")),
                round.rulebook().rubric(Panel.EXPERT).criteria().stream()
                        .map(RubricCriterion::maxPoints)
                        .toList());
        assertEquals(3, round.rulebook().rubric(Panel.USER_PANEL).criteria().size());
    }

    @Test
    void newPointsResplitOnlyTheRubricsWhosePointsChanged() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        round.changeRubric(
                Panel.USER_PANEL,
                List.of(new RubricCriterion(LocalizedText.of("편의", "Usability"), p("15"))),
                null,
                false,
                "admin",
                NOW);
        round.changeComponentPoints(points("40", "45", "15", "0"));

        assertEquals(p("45.0"), round.rulebook().rubric(Panel.EXPERT).componentPoints());
        assertEquals(
                List.of(p("15.0"), p("15.0"), p("15.0")),
                round.rulebook().rubric(Panel.EXPERT).criteria().stream()
                        .map(RubricCriterion::maxPoints)
                        .toList(),
                "re-split evenly");
        assertEquals(
                List.of("편의"),
                round.rulebook().rubric(Panel.USER_PANEL).criteria().stream()
                        .map(c -> c.label().ko())
                        .toList(),
                "the user panel's points did not change, nor does its rubric");

        round.changeComponentPoints(points("40", "45", "0", "15"));
        assertTrue(
                round.rulebook().rubric(Panel.USER_PANEL).criteria().isEmpty(), "a component carrying 0 has no lines");
    }

    @Test
    void rulesFreezeOnceTheRoundOpens() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        round.open(JANUARY.opensAt(), "schedule", TEAMS);
        assertEquals(
                "weights.frozen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.changeComponentPoints(points("40", "45", "15", "0")))
                        .messageKey());

        List<RubricCriterion> renamed = List.of(
                new RubricCriterion(LocalizedText.of("전략", "Strategy"), p("11.7")),
                new RubricCriterion(LocalizedText.of("기술", "Technology"), p("11.7")),
                new RubricCriterion(LocalizedText.of("파급", "Impact"), p("11.6")));
        assertEquals(
                "rubric.frozen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.changeRubric(Panel.EXPERT, renamed, " ", false, "admin", NOW))
                        .messageKey());
        assertEquals(
                "rubric.frozen.lineCount",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.changeRubric(
                                        Panel.EXPERT,
                                        List.of(new RubricCriterion(LocalizedText.of("전체", "All"), p("35"))),
                                        "typo",
                                        false,
                                        "admin",
                                        NOW))
                        .messageKey());
        assertEquals(
                "rubric.frozen.sheetsSubmitted",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.changeRubric(Panel.EXPERT, renamed, "typo", true, "admin", NOW))
                        .messageKey());
        assertEquals(
                "text.tooLong",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.changeRubric(Panel.EXPERT, renamed, "x".repeat(1001), false, "admin", NOW))
                        .messageKey());
        assertTrue(round.rulebook().rubricOverrides().isEmpty(), "nothing refused is on record");

        round.changeRubric(Panel.EXPERT, renamed, " typo in the labels ", false, "admin", NOW);
        assertEquals(
                "전략",
                round.rulebook().rubric(Panel.EXPERT).criteria().get(0).label().ko());
        assertEquals(1, round.rulebook().rubricOverrides().size());
        assertEquals(
                "typo in the labels", round.rulebook().rubricOverrides().get(0).getReason());
        assertTrue(round.rulebook().rubricOverrides().get(0).getBeforeText().startsWith("개발 전략"));
        assertEquals(
                3,
                round.rulebook().rubric(Panel.USER_PANEL).criteria().size(),
                "the other panel's lines are untouched");
    }
}
