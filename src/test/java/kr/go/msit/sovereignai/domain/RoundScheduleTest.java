package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.DueTransition;
import kr.go.msit.sovereignai.domain.round.Postponement;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import org.junit.jupiter.api.Test;

/** What a round's schedule calls for: opening, holding for the previous review, closing, the next round. */
class RoundScheduleTest {

    private static final java.util.List<Long> TEAMS = java.util.List.of(11L, 12L, 13L);

    private static final ReviewWindow JULY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15));
    private static final Instant BEFORE = JULY.opensAt().minusSeconds(1);
    private static final Instant DURING = JULY.opensAt().plus(Duration.ofDays(3));
    private static final Instant AFTER = JULY.closesAt().plus(Duration.ofDays(1));

    private static ReviewRound round() {
        return new ReviewRound(2, JULY, 1);
    }

    @Test
    void aScheduledRoundOpensWhenItsWindowArrivesIfThePreviousIsPublished() {
        ReviewRound round = round();
        assertEquals(DueTransition.NONE, round.dueAt(BEFORE, RoundStatus.PUBLISHED));
        assertEquals(Optional.of(JULY.opensAt()), round.nextScheduledInstant(), "its timer waits for the window");
        assertEquals(DueTransition.OPEN, round.dueAt(JULY.opensAt(), RoundStatus.PUBLISHED), "at the instant itself");
        assertEquals(DueTransition.OPEN, round.dueAt(DURING, null), "the first round has no previous one");

        round.open(JULY.opensAt().plusSeconds(2), "schedule", TEAMS);
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertEquals(JULY, round.timeline().window(), "a timer a moment late keeps the window");
        assertTrue(round.timeline().postponements().isEmpty());
        assertEquals(Optional.of(JULY.closesAt()), round.nextScheduledInstant(), "now it waits for the close");
        assertEquals(DueTransition.NONE, round.dueAt(DURING, RoundStatus.PUBLISHED));
        assertEquals(DueTransition.CLOSE, round.dueAt(JULY.closesAt(), RoundStatus.PUBLISHED));
    }

    @Test
    void aWholeWindowMissedWhileThePlatformWasDownWaitsOnRecordForANewWindow() {
        ReviewRound round = round();
        assertEquals(
                DueTransition.MISS,
                round.dueAt(AFTER, RoundStatus.PUBLISHED),
                "not opened and closed at once with no ballots");
        round.miss("schedule", AFTER);
        assertTrue(round.isMissed());
        assertEquals(RoundStatus.SCHEDULED, round.getStatus());
        assertEquals(
                Postponement.Kind.MISSED,
                round.timeline().postponements().get(0).kind());
        assertEquals(JULY, round.timeline().window(), "the missed window stays as published");
        assertEquals(DueTransition.NONE, round.dueAt(AFTER, RoundStatus.PUBLISHED), "missed once, not again");
        assertEquals(Optional.empty(), round.nextScheduledInstant(), "it waits for an administrator, not for a timer");
        assertEquals(
                "round.open.windowOver",
                assertThrows(DomainRuleViolation.class, () -> round.open(AFTER, "admin", TEAMS))
                        .messageKey());
        assertTrue(round.isYetToOpen(AFTER), "a team registered now competes in it");

        ReviewWindow september = ReviewWindow.wholeDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
        round.postpone(september, LocalizedText.of("플랫폼 장애로 재공고", null), "admin", AFTER);
        assertFalse(round.isMissed());
        assertEquals(Optional.of(september.opensAt()), round.nextScheduledInstant());
        assertEquals(DueTransition.OPEN, round.dueAt(september.opensAt(), RoundStatus.PUBLISHED));
    }

    @Test
    void aRoundOpeningWellAfterItsWindowBeganKeepsItsEndAndShowsTheShortenedWindow() {
        ReviewRound round = round();
        assertEquals(
                DueTransition.OPEN, round.dueAt(DURING, RoundStatus.PUBLISHED), "a partly passed window opens at once");
        round.open(DURING, "schedule", TEAMS);
        assertEquals(new ReviewWindow(DURING, JULY.closesAt()), round.timeline().window());
        assertTrue(round.timeline().isOpenedLate());
        Postponement late = round.timeline().postponements().get(0);
        assertEquals(Postponement.Kind.LATE_OPENING, late.kind());
        assertEquals(JULY, late.oldWindow());
        assertTrue(late.movesWindow());
        assertFalse(round.timeline().isPostponed(), "nobody postponed it");
        assertEquals(JULY, round.timeline().originalWindow());
        assertEquals(Optional.of(JULY.closesAt()), round.nextScheduledInstant(), "it still closes when planned");
    }

    @Test
    void aRoundWhoseWindowArrivesBeforeThePreviousIsPublishedIsHeldOnceAndOnRecord() {
        ReviewRound round = round();
        assertEquals(DueTransition.HOLD, round.dueAt(DURING, RoundStatus.CLOSED));
        round.hold(1, "schedule", DURING);
        assertTrue(round.isHeld());
        assertTrue(round.timeline().postponements().get(0).isHold());
        assertEquals(JULY, round.timeline().postponements().get(0).newWindow(), "a hold keeps the window");
        assertFalse(round.timeline().isPostponed(), "a hold is not a postponement of the window");
        assertEquals(DueTransition.NONE, round.dueAt(DURING, RoundStatus.CLOSED), "held once, not again");
        assertEquals(Optional.empty(), round.nextScheduledInstant(), "it waits for publication, not for a timer");
        assertThrows(DomainRuleViolation.class, () -> round.hold(1, "schedule", DURING));

        assertEquals(
                DueTransition.OPEN, round.dueAt(DURING, RoundStatus.PUBLISHED), "released by the previous publication");
    }

    @Test
    void aHeldRoundWhoseWindowPassedIsNotOpenedByThePublicationButWaitsForANewWindow() {
        ReviewRound round = round();
        round.hold(1, "schedule", DURING);
        assertEquals(
                DueTransition.NONE,
                round.dueAt(AFTER, RoundStatus.PUBLISHED),
                "publication never opens a round at a window of its own making");
        assertTrue(round.isHeld(), "still held, on record");
        assertTrue(round.isYetToOpen(AFTER), "a team registered now competes in it");
        ReviewWindow august = ReviewWindow.wholeDays(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 17));
        round.postpone(august, LocalizedText.of("추가 공모 뒤 8월에 실시", null), "admin", AFTER);
        assertEquals(DueTransition.NONE, round.dueAt(AFTER, RoundStatus.PUBLISHED), "waits for its new window");
        assertEquals(DueTransition.OPEN, round.dueAt(august.opensAt(), RoundStatus.PUBLISHED));
    }

    @Test
    void anOpenedRoundKeepsTheTeamsOnItsBallot() {
        ReviewRound round = round();
        assertTrue(round.getRoster().isEmpty(), "none before it opens");
        round.open(DURING, "schedule", List.of(11L, 12L, 11L));
        assertEquals(List.of(11L, 12L), round.getRoster(), "each team once, in order");
    }

    @Test
    void aRoundThatHasNotOpenedCanBeCancelledWithItsReasonAndIsThenNeverHeld() {
        ReviewRound round = round();
        assertEquals(
                "postponement.reason.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> round.cancel(LocalizedText.of(" ", null), "admin", BEFORE))
                        .messageKey(),
                "a reason is required");
        round.cancel(LocalizedText.of("최종 2개 팀 선정으로 취소", "Finalists chosen"), "admin", BEFORE);
        assertTrue(round.isCancelled());
        assertEquals(
                Postponement.Kind.CANCELLATION,
                round.timeline().cancellation().orElseThrow().kind());
        assertEquals(JULY, round.timeline().window(), "its window stays on record");
        assertEquals(Optional.empty(), round.nextScheduledInstant(), "no timer");
        assertEquals(DueTransition.NONE, round.dueAt(DURING, RoundStatus.PUBLISHED), "never opened by the schedule");
        assertFalse(round.isYetToOpen(BEFORE), "no team joins it");
        assertFalse(round.hasOpened());
        assertFalse(round.isPostponable());
        assertFalse(round.acceptsBallotsAt(DURING));
        assertThrows(DomainRuleViolation.class, () -> round.cancel(LocalizedText.of("다시", null), "admin", DURING));

        ReviewRound open = round();
        open.open(DURING, "schedule", TEAMS);
        assertEquals(
                "round.cancel.notScheduled",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> open.cancel(LocalizedText.of("이유", null), "admin", DURING))
                        .messageKey(),
                "an opened round is not cancelled");
    }

    @Test
    void anAdministratorOpeningAHeldRoundAfterItsWindowEndedGetsAWindowOfTheSameLengthOnRecord() {
        ReviewRound round = round();
        round.hold(1, "schedule", DURING);
        round.open(AFTER, "schedule", TEAMS);
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertEquals(AFTER, round.timeline().window().opensAt());
        assertEquals(
                Duration.between(JULY.opensAt(), JULY.closesAt()),
                Duration.between(
                        round.timeline().window().opensAt(),
                        round.timeline().window().closesAt()));
        assertEquals(JULY, round.timeline().originalWindow());
        assertTrue(round.timeline().isPostponed());
    }

    @Test
    void postponingAHeldRoundGivesItANewAppointment() {
        ReviewRound round = round();
        round.hold(1, "schedule", DURING);
        ReviewWindow september = ReviewWindow.wholeDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
        round.postpone(september, LocalizedText.of("이전 결과 발표 지연", null), "admin", DURING);
        assertFalse(round.isHeld());
        assertEquals(Optional.of(september.opensAt()), round.nextScheduledInstant());
        assertEquals(
                DueTransition.HOLD,
                round.dueAt(september.opensAt(), RoundStatus.CLOSED),
                "still in sequence when it arrives");
    }

    @Test
    void aMissedRoundGivenAWindowThatHasAlreadyBegunOpensOnTimeAndCanBeExtendedLater() {
        ReviewRound round = round();
        round.miss("schedule", AFTER);
        Instant decided = AFTER.plus(Duration.ofHours(10)).plusSeconds(17);
        ReviewWindow alreadyBegun = new ReviewWindow(AFTER, AFTER.plus(Duration.ofDays(14)));
        round.postpone(alreadyBegun, LocalizedText.of("재공고", null), "admin", decided);
        assertTrue(round.mayOpenNowAt(decided));
        round.open(decided.plusSeconds(3), "schedule", TEAMS);
        assertEquals(
                alreadyBegun,
                round.timeline().window(),
                "the administrator's window stands: opening as soon as it was set is not late");
        assertFalse(round.timeline().isOpenedLate());
        round.postpone(
                new ReviewWindow(AFTER, alreadyBegun.closesAt().plus(Duration.ofDays(3))),
                LocalizedText.of("연장", null),
                "admin",
                decided);
        assertEquals(
                alreadyBegun.closesAt().plus(Duration.ofDays(3)),
                round.timeline().window().closesAt());
    }

    @Test
    void aLateOpeningStartsOnAWholeMinuteSoThatTheOpenRoundCanStillBeExtended() {
        ReviewRound round = round();
        Instant late = DURING.plusSeconds(754).plusMillis(321);
        round.open(late, "schedule", TEAMS);
        Instant start = round.timeline().window().opensAt();
        assertEquals(DURING.plusSeconds(720), start, "the start is the minute it opened in");
        round.postpone(
                new ReviewWindow(start, JULY.closesAt().plus(Duration.ofDays(2))),
                LocalizedText.of("연장", null),
                "admin",
                late);
        assertEquals(
                JULY.closesAt().plus(Duration.ofDays(2)),
                round.timeline().window().closesAt());
        assertFalse(round.mayOpenNowAt(late), "an open round is not opened again");
    }

    @Test
    void anOpenRoundMayOnlyMoveItsEndAndNeverIntoThePast() {
        ReviewRound round = round();
        round.open(JULY.opensAt(), "schedule", TEAMS);
        DomainRuleViolation start = assertThrows(
                DomainRuleViolation.class,
                () -> round.postpone(
                        new ReviewWindow(
                                JULY.opensAt().plusSeconds(60), JULY.closesAt().plus(Duration.ofDays(7))),
                        LocalizedText.of("연장", null),
                        "admin",
                        DURING));
        assertEquals("round.postpone.openKeepsStart", start.messageKey());
        DomainRuleViolation past = assertThrows(
                DomainRuleViolation.class,
                () -> round.postpone(
                        new ReviewWindow(JULY.opensAt(), DURING.minusSeconds(1)),
                        LocalizedText.of("단축", null),
                        "admin",
                        DURING));
        assertEquals("round.postpone.closesInPast", past.messageKey());
        round.postpone(
                new ReviewWindow(JULY.opensAt(), JULY.closesAt().plus(Duration.ofDays(7))),
                LocalizedText.of("연장", null),
                "admin",
                DURING);
        assertEquals(Optional.of(JULY.closesAt().plus(Duration.ofDays(7))), round.nextScheduledInstant());
    }

    @Test
    void publicationStartsTheObjectionPeriodAfterWhichTheResultIsFinal() {
        ReviewRound round = round();
        round.open(DURING, "schedule", TEAMS);
        round.close(round.timeline().window().closesAt());
        assertThrows(DomainRuleViolation.class, () -> round.publish(AFTER, Duration.ofDays(-1), Disclosure.FULL));
        round.publish(AFTER, Duration.ofDays(7), Disclosure.FULL);
        assertEquals(AFTER.plus(Duration.ofDays(7)), round.announcement().objectionEndsAt());
        assertFalse(round.announcement().isFinalAt(AFTER.plus(Duration.ofDays(6))));
        assertTrue(round.announcement().isFinalAt(AFTER.plus(Duration.ofDays(7))));
        assertThrows(
                DomainRuleViolation.class, () -> round.decideTieOrder(List.of(1L, 2L)), "a published result is frozen");
    }

    @Test
    void theNextRoundFollowsOneReviewIntervalAfterThisWindowMovingOnIfThatHasPassed() {
        ReviewRound round = round();
        ReviewRound next = round.next(6, 1, DURING);
        assertEquals(3, next.getNumber());
        assertEquals(
                ReviewWindow.wholeDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15)),
                next.timeline().window(),
                "six calendar months, Korean days kept");
        ReviewRound late = round.next(6, 1, Instant.parse("2027-02-01T00:00:00Z"));
        assertEquals(
                ReviewWindow.wholeDays(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 15)),
                late.timeline().window(),
                "never a window already over");
        ReviewRound during = round.next(6, 1, Instant.parse("2027-01-05T00:00:00Z"));
        assertEquals(
                ReviewWindow.wholeDays(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 15)),
                during.timeline().window(),
                "never a window already begun, which would run short");
    }

    @Test
    void aTieOrderNamesEachTeamOnce() {
        ReviewRound round = round();
        DomainRuleViolation twice =
                assertThrows(DomainRuleViolation.class, () -> round.decideTieOrder(List.of(4L, 4L)));
        assertEquals("tally.tieOrder.duplicate", twice.messageKey());
        round.decideTieOrder(List.of(5L, 4L));
        assertEquals(List.of(5L, 4L), round.announcement().tieOrder());
    }
}
