package kr.go.msit.sovereignai.domain.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/** The round's parts (timeline, rulebook, announcement) behind the root's checks. */
class ReviewRoundPartsTest {

    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    private static final List<Long> TEAMS = List.of(11L, 12L);

    private static ReviewRound openRating() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        round.choosePublicEvaluation(PublicEvaluationMode.RATING, 1, 1000, 30);
        round.open(JANUARY.opensAt(), "schedule", TEAMS);
        return round;
    }

    /** Issue 21, item 6: a close that runs late changes nothing; from the closing instant no vote is taken. */
    @Test
    void anOpenRoundRefusesBallotsFromItsClosingInstantWhateverItsStatus() {
        ReviewRound rating = openRating();
        Instant closing = JANUARY.closesAt();
        assertTrue(rating.acceptsBallotsAt(closing.minusMillis(1)));
        assertTrue(rating.isOpen(), "still open: the close has not run yet");
        assertFalse(rating.acceptsBallotsAt(closing), "refused at the closing instant");
        assertFalse(rating.acceptsBallotsAt(closing.plus(Duration.ofMinutes(5))), "and after it");

        ReviewRound arena = new ReviewRound(2, JANUARY, 1);
        arena.open(JANUARY.opensAt(), "schedule", TEAMS);
        assertTrue(arena.acceptsArenaVotesAt(closing.minusMillis(1)));
        assertFalse(arena.acceptsArenaVotesAt(closing), "no arena vote from the closing instant either");
        assertFalse(arena.acceptsBallotsAt(closing.minusMillis(1)), "an arena has no rating ballot");
    }

    /** Opened early and closed early: the instants are on the timeline; the planned window stays. */
    @Test
    void theTimelineRecordsWhenTheRoundActuallyOpenedAndClosed() {
        ReviewRound round = new ReviewRound(1, JANUARY, 1);
        assertEquals(Optional.empty(), round.timeline().openedAt());
        Instant early = JANUARY.opensAt().minus(Duration.ofDays(2));
        round.open(early, "admin", TEAMS);
        assertEquals(Optional.of(early), round.timeline().openedAt());
        assertTrue(round.timeline().isOpenedEarly());
        assertEquals(JANUARY, round.timeline().window(), "the window as planned");

        Instant closed = JANUARY.opensAt().plus(Duration.ofDays(1));
        round.close(closed);
        assertEquals(Optional.of(closed), round.timeline().closedAt());
        assertTrue(round.timeline().isClosedEarly());
    }

    /** Reviews keep their order; a cancelled earlier review does not hold a later one back. */
    @Test
    void aReviewMayNotMoveBeforeAnEarlierOne() {
        ReviewRound first = new ReviewRound(1, JANUARY, 1);
        ReviewRound second = new ReviewRound(2, JANUARY.shiftedByMonths(6), 1);
        ReviewWindow december = ReviewWindow.wholeDays(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 10));

        ReviewOrderViolation refused =
                assertThrows(ReviewOrderViolation.class, () -> second.requireAfter(first, december));
        assertEquals("round.postpone.beforeEarlier", refused.messageKey());
        assertEquals(List.of(2, 1), List.of(refused.arguments()));
        second.requireAfter(first, JANUARY.shiftedByMonths(1));
        first.requireAfter(second, december);

        first.cancel(LocalizedText.of("취소", "Cancelled"), "admin", december.opensAt());
        second.requireAfter(first, december);
    }

    /** The schedule's own notices come from the domain's bundle, in both languages, stored as text. */
    @Test
    void theScheduleWritesItsNoticesInBothLanguages() {
        ReviewRound round = new ReviewRound(2, JANUARY, 1);
        Postponement hold = round.hold(1, "schedule", JANUARY.opensAt());
        assertEquals("제1차 단계평가 결과 발표를 기다리는 중", hold.reason().ko());
        assertEquals("Waiting for the results of review 1", hold.reason().en());

        ReviewRound missed = new ReviewRound(3, JANUARY, 1);
        Postponement miss = missed.miss("schedule", JANUARY.closesAt().plusSeconds(1));
        assertTrue(miss.reason().ko().startsWith("플랫폼이 멈춘 동안"), miss.reason().ko());
        assertTrue(
                miss.reason().en().startsWith("The whole window passed"),
                miss.reason().en());

        ReviewRound late = new ReviewRound(4, JANUARY, 1);
        late.open(JANUARY.opensAt().plus(Duration.ofDays(1)), "schedule", TEAMS);
        assertEquals(
                "Opened later than planned, so the window is shorter (the end stays)",
                late.timeline().postponements().get(0).reason().en());
    }

    /** The rulebook freezes when the round opens; the announcement keeps its periods. */
    @Test
    void thePartsAnswerForThemselvesAfterTheRootsCheck() {
        ReviewRound round = openRating();
        assertTrue(round.hasOpened(), "its rules are frozen");
        assertEquals(PublicEvaluationMode.RATING, round.rulebook().publicMode());
        round.close(JANUARY.closesAt());
        round.publish(JANUARY.closesAt(), Duration.ofDays(7), Disclosure.FIRST_AND_LAST_RANK);
        assertEquals(1, round.announcement().resultVersion());
        assertTrue(round.announcement().withholdsFiguresAt(JANUARY.closesAt().plus(Duration.ofDays(1))));
        assertTrue(round.announcement().acceptsObjectionsAt(JANUARY.closesAt()));
        assertFalse(round.announcement().isFinalAt(JANUARY.closesAt()));
        assertTrue(round.announcement().isFinalAt(JANUARY.closesAt().plus(Duration.ofDays(7))));
        round.openCorrection();
        assertFalse(
                round.announcement().isFinalAt(JANUARY.closesAt().plus(Duration.ofDays(8))), "a correction is open");
        assertEquals(2, round.republish());
    }
}
