package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkInputRefused;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkScore;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ComponentPoints;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import org.junit.jupiter.api.Test;

/** Named benchmarks: the plan, achievement against the declared target, capping, equal weights within a part, frozen targets. */
class BenchmarkScoreTest {

    private static final BenchmarkPlan REVIEW_1 = BenchmarkPlan.review1();
    private static final Instant OPENS = Instant.parse("2026-01-05T00:00:00Z");

    private static BigDecimal p(String value) {
        return new BigDecimal(value);
    }

    private static ReviewRound round() {
        return new ReviewRound(1, new ReviewWindow(OPENS, OPENS.plus(Duration.ofDays(10))), 1);
    }

    /** Target 100 on every benchmark, measured as given part by part. */
    private static List<TeamBenchmark> measured(BenchmarkPlan plan, String... perPart) {
        List<TeamBenchmark> entered = new ArrayList<>();
        for (BenchmarkSlot slot : plan.slots()) {
            entered.add(new TeamBenchmark(7, slot, null, p("100"), null, null).measure(p(perPart[slot.part()])));
        }
        return entered;
    }

    @Test
    void review1HasTheNiaBenchmarkThirteenGlobalCommonOnesAndTwoChosenByEachTeam() {
        assertEquals(
                List.of(p("10.0"), p("20.0"), p("10.0")),
                REVIEW_1.parts().stream().map(BenchmarkPart::maxPoints).toList());
        assertEquals(
                List.of(1, 13, 2),
                REVIEW_1.parts().stream().map(BenchmarkPart::benchmarkCount).toList());
        assertEquals(BenchmarkKind.TEAM_CHOSEN, REVIEW_1.parts().get(2).kind());
        assertEquals(16, REVIEW_1.slots().size());
        assertEquals(
                List.of(p("12.5"), p("25.0"), p("12.5")),
                BenchmarkPlan.defaultsFor(p("50")).parts().stream()
                        .map(BenchmarkPart::maxPoints)
                        .toList(),
                "review 1's split, scaled");
        assertEquals(
                "글로벌 공통 벤치마크 13",
                BenchmarkPlan.defaultsFor(p("50")).parts().get(1).benchmarks().get(12));
    }

    @Test
    void achievementIsTheMeasuredScoreAgainstTheTargetCappedAt100ForThePoints() {
        assertEquals(p("84.00"), BenchmarkScore.achievement(p("84"), p("100")));
        assertEquals(p("33.33"), BenchmarkScore.achievement(p("0.25"), p("0.75")));
        assertEquals(
                p("130.00"), BenchmarkScore.achievement(p("91"), p("70")), "the achievement itself is shown uncapped");
        BenchmarkPart nia = REVIEW_1.parts().get(0);
        assertEquals(p("10.00"), BenchmarkScore.partPoints(nia, List.of(p("130.00"))), "but counts as 100 %");
        assertEquals(p("8.40"), BenchmarkScore.partPoints(nia, List.of(p("84.00"))));
    }

    @Test
    void withinAPartEveryBenchmarkWeighsTheSame() {
        BenchmarkPart common = REVIEW_1.parts().get(1);
        List<BigDecimal> twelveFullOneZero = new ArrayList<>(Collections.nCopies(12, p("100")));
        twelveFullOneZero.add(p("0"));
        assertEquals(p("18.46"), BenchmarkScore.partPoints(common, twelveFullOneZero), "20 x 12/13");
        BenchmarkPart chosen = REVIEW_1.parts().get(2);
        assertEquals(p("7.50"), BenchmarkScore.partPoints(chosen, List.of(p("100"), p("50"))), "10 x (100 + 50) / 200");
        assertEquals(p("5.00"), BenchmarkScore.benchmarkPoints(chosen, p("150")), "a benchmark's own share, capped");
        List<BigDecimal> oneMissing = new ArrayList<>(Collections.nCopies(12, p("100")));
        oneMissing.add(null);
        assertEquals(
                p("18.46"),
                BenchmarkScore.partPoints(common, oneMissing),
                "an unmeasured benchmark counts 0 until measured");
    }

    @Test
    void aTeamsBenchmarkPointsAddItsPartsAndLgAiResearchsReview1FigureComesOut() {
        // e.g. 84 %, 84.5 %, 83 % of target: 8.4 + 16.9 + 8.3 = 33.6, LG AI Research's benchmark points in review 1
        TeamBenchmarks scored = REVIEW_1.score(measured(REVIEW_1, "84", "84.5", "83"));
        assertTrue(scored.complete());
        assertEquals(List.of(p("8.40"), p("16.90"), p("8.30")), scored.partPoints());
        assertEquals(p("33.60"), scored.total());
        assertEquals(16, scored.figures().size());
        assertEquals("NIA 벤치마크", scored.figures().get(0).benchmark());
        assertEquals(
                p("40.00"),
                REVIEW_1.score(measured(REVIEW_1, "101", "250", "100")).total(),
                "above target counts as 100 %");

        TeamBenchmarks partial =
                REVIEW_1.score(measured(REVIEW_1, "84", "84.5", "83").subList(0, 15));
        assertFalse(partial.complete(), "a benchmark without a measured score leaves the team's benchmark incomplete");
        assertNull(partial.figures().get(15).achievement());
    }

    @Test
    void scoresAreRefusedWhenMissingNegativeZeroTargetsOrTooFine() {
        assertEquals(
                "benchmark.target.required",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.target(null))
                        .messageKey());
        assertEquals(
                "benchmark.target.positive",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.target(p("0")))
                        .messageKey());
        assertEquals(
                "benchmark.measured.negative",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.measured(p("-1")))
                        .messageKey());
        assertEquals(
                "benchmark.measured.required",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.measured(null))
                        .messageKey());
        assertEquals(
                "benchmark.score.decimals",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.measured(p("1.23456")))
                        .messageKey());
        assertEquals(
                "decimal.malformed",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.measured(p("123456")))
                        .messageKey());
        assertEquals(p("0"), BenchmarkScore.measured(p("0.0000")), "0 measured is a score");
    }

    @Test
    void aPlanMustAddUpToTheBenchmarkPointsAndNameItsBenchmarks() {
        assertEquals(
                "benchmark.plan.pointsSum",
                assertThrows(DomainRuleViolation.class, () -> REVIEW_1.checkAddsUpTo(p("35")))
                        .messageKey());
        LocalizedText label = LocalizedText.of("공통", "Common");
        assertEquals(
                "benchmark.part.count",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkPart.common(label, p("10"), List.of()))
                        .messageKey());
        assertEquals(
                "benchmark.part.duplicateName",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> BenchmarkPart.common(label, p("10"), List.of("MMLU", "MMLU")))
                        .messageKey());
        assertEquals(
                "benchmark.name.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> BenchmarkPart.common(label, p("10"), List.of("MMLU", " ")))
                        .messageKey());
        assertEquals(
                "benchmark.part.count",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkPart.teamChosen(label, p("10"), 0))
                        .messageKey());
        assertEquals(
                "benchmark.plan.partCount",
                assertThrows(DomainRuleViolation.class, () -> new BenchmarkPlan(List.of()))
                        .messageKey());
        BenchmarkPart thirty = BenchmarkPart.teamChosen(label, p("10"), 30);
        assertEquals(
                "benchmark.plan.tooMany",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new BenchmarkPlan(
                                        List.of(thirty, thirty, BenchmarkPart.teamChosen(label, p("0"), 1))))
                        .messageKey());
    }

    @Test
    void thePlanChangesOnlyBeforeTheRoundOpensAndFollowsItsBenchmarkPoints() {
        ReviewRound round = round();
        BenchmarkPlan renamed = new BenchmarkPlan(List.of(
                BenchmarkPart.common(LocalizedText.of("NIA 벤치마크", "NIA benchmark"), p("10"), List.of("KMMLU")),
                BenchmarkPart.common(LocalizedText.of("공통", "Common"), p("20"), List.of("MMLU-Pro", "GPQA")),
                BenchmarkPart.teamChosen(LocalizedText.of("개별", "Own"), p("10"), 3)));
        round.changeBenchmarkPlan(renamed);
        assertEquals(renamed, round.rulebook().benchmarkPlan());

        Map<Component, BigDecimal> points =
                new EnumMap<>(ComponentPoints.defaults().points());
        points.put(Component.BENCHMARK, p("50"));
        points.put(Component.EXPERT, p("25"));
        round.changeComponentPoints(new ComponentPoints(points));
        assertEquals(
                List.of(p("12.5"), p("25.0"), p("12.5")),
                round.rulebook().benchmarkPlan().parts().stream()
                        .map(BenchmarkPart::maxPoints)
                        .toList());
        assertEquals(
                List.of("MMLU-Pro", "GPQA"),
                round.rulebook().benchmarkPlan().parts().get(1).benchmarks(),
                "the names stay");

        round.open(OPENS, "과학기술정보통신부", List.of(7L));
        assertEquals(
                "benchmark.plan.frozen",
                assertThrows(DomainRuleViolation.class, () -> round.changeBenchmarkPlan(renamed))
                        .messageKey());
    }

    @Test
    void targetsAreFreeBeforeTheRoundOpensAndAReasonedOverrideAfter() {
        ReviewRound round = round();
        BenchmarkSlot nia = new BenchmarkSlot(0, 0);
        BenchmarkSlot chosen = new BenchmarkSlot(2, 1);
        TeamBenchmark.Declaration first =
                TeamBenchmark.declare(round, null, 7, nia, null, p("80"), "GPT-4o", null, "admin", OPENS);
        assertNull(first.override(), "before opening nothing is on record but the audit");
        BenchmarkInputRefused nameless = assertThrows(
                BenchmarkInputRefused.class,
                () -> TeamBenchmark.declare(round, null, 7, chosen, " ", p("80"), null, null, "admin", OPENS));
        assertEquals("benchmark.name.required", nameless.messageKey());
        assertEquals(
                chosen, nameless.slot(), "said of the benchmark and field concerned, for the page to show it there");
        assertEquals(BenchmarkInputRefused.Field.NAME, nameless.field());
        assertEquals(
                BenchmarkInputRefused.Field.TARGET,
                assertThrows(
                                BenchmarkInputRefused.class,
                                () -> TeamBenchmark.declare(
                                        round, null, 7, chosen, "KoBEST", p("-1"), null, null, "admin", OPENS))
                        .field());
        assertEquals(
                BenchmarkInputRefused.Field.MEASURED,
                assertThrows(BenchmarkInputRefused.class, () -> first.declared().measure(p("-1")))
                        .field());
        assertEquals(
                "benchmark.unknown",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> TeamBenchmark.declare(
                                        round,
                                        null,
                                        7,
                                        new BenchmarkSlot(0, 1),
                                        null,
                                        p("80"),
                                        null,
                                        null,
                                        "admin",
                                        OPENS))
                        .messageKey());
        assertNull(
                TeamBenchmark.declare(round, first.declared(), 7, nia, null, p("80.0"), "GPT-4o", null, "admin", OPENS),
                "nothing changed");

        round.open(OPENS, "과학기술정보통신부", List.of(7L));
        assertEquals(
                "benchmark.target.frozen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> TeamBenchmark.declare(
                                        round, first.declared(), 7, nia, null, p("75"), "GPT-4o", " ", "admin", OPENS))
                        .messageKey());
        TeamBenchmark.Declaration changed = TeamBenchmark.declare(
                round,
                first.declared().measure(p("60")),
                7,
                nia,
                null,
                p("75"),
                "GPT-4o",
                "목표 모델 점수 정정",
                "admin",
                OPENS.plusSeconds(60));
        assertEquals("목표 모델 점수 정정", changed.override().reason());
        assertEquals("target 80 (GPT-4o)", changed.override().before());
        assertEquals("target 75 (GPT-4o)", changed.override().after());
        assertEquals(p("80.00"), changed.declared().achievement(), "the measured score is kept; 60 of 75");

        round.close(round.timeline().window().closesAt());
        round.publish(OPENS.plus(Duration.ofDays(11)), Duration.ofDays(7), Disclosure.FULL);
        assertEquals(
                "round.published.frozen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> TeamBenchmark.declare(
                                        round,
                                        changed.declared(),
                                        7,
                                        nia,
                                        null,
                                        p("70"),
                                        null,
                                        "늦은 정정",
                                        "admin",
                                        OPENS))
                        .messageKey());
    }
}
