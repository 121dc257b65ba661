package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.Postponement;
import kr.go.msit.sovereignai.domain.round.PublicEvaluationMode;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.Rulebook;
import kr.go.msit.sovereignai.domain.round.WindowPhase;
import org.junit.jupiter.api.Test;

class ReviewRoundTest {

    private static final java.util.List<Long> TEAMS = java.util.List.of(11L, 12L, 13L);

    private static final ReviewWindow DECEMBER =
            ReviewWindow.wholeDays(LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 31));
    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    private static final Instant ANNOUNCED = Instant.parse("2025-11-21T00:00:00Z");

    /** What a round allows, status by status: the one place pages and services ask. */
    @Test
    void theRoundAnswersWhatItsStatusAllows() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        round.choosePublicEvaluation(PublicEvaluationMode.RATING, 1, 1000, 30);
        assertTrue(round.isOpenable() && round.isPostponable());
        assertFalse(
                round.hasOpened() || round.acceptsBallotsAt(JANUARY.opensAt()) || round.isOpen() || round.hasClosed());

        round.open(JANUARY.opensAt(), "schedule", TEAMS);
        assertTrue(round.acceptsBallotsAt(JANUARY.opensAt())
                && round.isOpen()
                && round.isPostponable()
                && round.hasOpened());
        assertFalse(round.isOpenable() || round.hasClosed() || round.awaitsPublication());

        round.close(round.timeline().window().closesAt());
        assertTrue(round.hasClosed() && round.awaitsPublication());
        assertFalse(round.acceptsBallotsAt(JANUARY.opensAt())
                || round.isOpen()
                || round.isPostponable()
                || round.isPublished());

        round.publish(JANUARY.closesAt(), java.time.Duration.ofDays(7), Disclosure.FULL);
        assertTrue(round.hasClosed() && round.isPublished() && round.hasOpened());
        assertFalse(round.awaitsPublication() || round.isPostponable() || round.isOpenable());
    }

    /** A new round is a blind arena; the mode and the arena's plan are rules, chosen while it is scheduled and frozen at opening. */
    @Test
    void aRoundIsAnArenaUnlessRatingIsChosenBeforeItOpens() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        assertTrue(round.rulebook().isArena() && round.acceptsArenaMaterial());
        assertEquals(
                new ArenaAnalysisPlan(1, ArenaAnalysisPlan.DEFAULT_REPLICATES),
                round.rulebook().arenaPlan(),
                "the seed defaults to the round's number");
        assertEquals(Rulebook.DEFAULT_ARENA_BATTLE_CAP, round.rulebook().arenaBattleCap());
        assertThrows(
                DomainRuleViolation.class, () -> round.choosePublicEvaluation(PublicEvaluationMode.ARENA, 7, 99, 30));
        assertThrows(
                DomainRuleViolation.class, () -> round.choosePublicEvaluation(PublicEvaluationMode.ARENA, 7, 1000, 0));
        assertThrows(DomainRuleViolation.class, () -> round.choosePublicEvaluation(null, 7, 1000, 30));
        round.choosePublicEvaluation(PublicEvaluationMode.ARENA, 20260115L, 2000, 40);
        assertEquals(new ArenaAnalysisPlan(20260115L, 2000), round.rulebook().arenaPlan());

        round.open(JANUARY.opensAt(), "schedule", TEAMS);
        assertTrue(round.acceptsArenaVotesAt(JANUARY.opensAt()));
        assertFalse(
                round.acceptsBallotsAt(JANUARY.opensAt()) || round.acceptsArenaMaterial() || round.revealsArena(),
                "no rating ballot in an arena; material frozen");
        assertThrows(
                DomainRuleViolation.class,
                () -> round.choosePublicEvaluation(PublicEvaluationMode.RATING, 7, 1000, 30));
        assertTrue(round.rulebook().isArena() && round.rulebook().arenaBattleCap() == 40);

        round.close(round.timeline().window().closesAt());
        assertTrue(round.revealsArena());
        assertFalse(round.acceptsArenaVotesAt(JANUARY.opensAt()));
    }

    /** Review 1 as the ministry announced it: the first and the last rank, the rest at the end of the objection period. */
    @Test
    void aRoundPublishedNamingOnlyTheFirstAndLastRankWithholdsTheRestUntilItsObjectionPeriodEnds() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        round.open(JANUARY.opensAt(), "schedule", TEAMS);
        round.close(round.timeline().window().closesAt());
        assertFalse(
                round.announcement().withholdsFiguresAt(JANUARY.closesAt()),
                "nothing is public before publication, and nothing withheld either");
        assertEquals(Disclosure.FULL, round.announcement().disclosure(), "full disclosure unless chosen otherwise");
        assertEquals(
                "round.disclosure.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.publish(JANUARY.closesAt(), java.time.Duration.ofDays(7), null))
                        .messageKey());
        assertTrue(round.awaitsPublication(), "a refused publication changes nothing");

        round.publish(JANUARY.closesAt(), java.time.Duration.ofDays(7), Disclosure.FIRST_AND_LAST_RANK);
        Instant ends = JANUARY.closesAt().plus(java.time.Duration.ofDays(7));
        assertEquals(Disclosure.FIRST_AND_LAST_RANK, round.announcement().disclosure());
        assertTrue(round.announcement().withholdsFiguresAt(JANUARY.closesAt()));
        assertTrue(round.announcement().withholdsFiguresAt(ends.minusMillis(1)));
        assertFalse(
                round.announcement().withholdsFiguresAt(ends),
                "released when the objection period ends, with no timer");
        assertFalse(round.announcement().withholdsFiguresAt(ends.plus(java.time.Duration.ofDays(30))));
    }

    @Test
    void aRoundPublishedInFullWithholdsNothing() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        round.open(JANUARY.opensAt(), "schedule", TEAMS);
        round.close(round.timeline().window().closesAt());
        round.publish(JANUARY.closesAt(), java.time.Duration.ofDays(7), Disclosure.FULL);
        assertFalse(round.announcement().withholdsFiguresAt(JANUARY.closesAt()));
    }

    @Test
    void aWindowCannotCloseBeforeItOpens() {
        Instant opens = Instant.parse("2026-01-01T00:00:00Z");
        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> new ReviewWindow(opens, opens.minusSeconds(1)));
        assertEquals("window.closesBeforeOpens", refused.messageKey());
        assertThrows(DomainRuleViolation.class, () -> new ReviewWindow(opens, opens), "an empty window is refused too");
        assertThrows(DomainRuleViolation.class, () -> new ReviewWindow(null, opens));
    }

    @Test
    void wholeDaysRunFromMidnightToMidnightKoreanTime() {
        assertEquals(Instant.parse("2025-12-31T15:00:00Z"), JANUARY.opensAt(), "1 January 00:00 KST");
        assertEquals(Instant.parse("2026-01-15T15:00:00Z"), JANUARY.closesAt(), "the end of 15 January KST");
        ReviewWindow.Days days = JANUARY.asWholeDays().orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 1), days.first());
        assertEquals(LocalDate.of(2026, 1, 15), days.last());
        assertTrue(new ReviewWindow(JANUARY.opensAt().plusSeconds(60), JANUARY.closesAt())
                .asWholeDays()
                .isEmpty());
    }

    @Test
    void aPostponementKeepsTheOldWindowAndItsReason() {
        ReviewRound round = new ReviewRound(1, DECEMBER, 1);

        Postponement postponement =
                round.postpone(JANUARY, LocalizedText.of("GPU 지원 차질", "GPU supply disrupted"), "과학기술정보통신부", ANNOUNCED);

        assertEquals(JANUARY, round.timeline().window());
        assertEquals(DECEMBER, postponement.oldWindow());
        assertEquals(JANUARY, postponement.newWindow());
        assertEquals("GPU 지원 차질", postponement.reason().ko());
        assertEquals("GPU supply disrupted", postponement.reason().en());
        assertTrue(round.timeline().isPostponed());
        assertEquals(DECEMBER, round.timeline().originalWindow());
    }

    @Test
    void everyPostponementIsKeptInOrderAndTheOriginalWindowIsTheFirst() {
        ReviewRound round = new ReviewRound(2, DECEMBER, 1);
        ReviewWindow february = ReviewWindow.wholeDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15));
        round.postpone(JANUARY, LocalizedText.of("첫 연기", null), "관리자", ANNOUNCED);
        round.postpone(february, LocalizedText.of("두 번째 연기", null), "관리자", ANNOUNCED.plusSeconds(3600));

        assertEquals(2, round.timeline().postponements().size());
        assertEquals(JANUARY, round.timeline().postponements().get(1).oldWindow());
        assertEquals(DECEMBER, round.timeline().originalWindow());
        assertEquals(
                "두 번째 연기",
                round.timeline().postponements().get(1).reason().en(),
                "without a translation the Korean reason is shown");
    }

    @Test
    void aPostponementNeedsAReasonAndANewWindow() {
        ReviewRound round = new ReviewRound(1, DECEMBER, 1);
        assertThrows(
                DomainRuleViolation.class,
                () -> round.postpone(JANUARY, LocalizedText.of("  ", null), "관리자", ANNOUNCED));
        assertThrows(
                DomainRuleViolation.class,
                () -> round.postpone(DECEMBER, LocalizedText.of("같은 일정", null), "관리자", ANNOUNCED));
        assertFalse(round.timeline().isPostponed(), "a refused postponement leaves the round as it was");
        assertEquals(DECEMBER, round.timeline().window());
    }

    @Test
    void thePhaseSaysWhereAnInstantFallsInTheWindow() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        assertEquals(
                WindowPhase.UPCOMING, round.timeline().phaseAt(JANUARY.opensAt().minusMillis(1)));
        assertEquals(WindowPhase.IN_WINDOW, round.timeline().phaseAt(JANUARY.opensAt()));
        assertEquals(
                WindowPhase.IN_WINDOW,
                round.timeline().phaseAt(JANUARY.closesAt().minusMillis(1)));
        assertEquals(WindowPhase.ENDED, round.timeline().phaseAt(JANUARY.closesAt()));
    }

    @Test
    void roundNumbersStartAtOne() {
        assertThrows(DomainRuleViolation.class, () -> new ReviewRound(0, JANUARY, 1));
        assertThrows(DomainRuleViolation.class, () -> new ReviewRound(1, JANUARY, -1));
    }
}
