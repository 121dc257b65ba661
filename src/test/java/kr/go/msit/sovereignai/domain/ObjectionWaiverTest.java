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
import java.util.Set;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver.Form;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import org.junit.jupiter.api.Test;

/**
 * The objection period ends when every eliminated or disqualified team has waived its right to object,
 * or when it runs out, whichever is first (review 1: both eliminated teams waived on 2026-01-16).
 */
class ObjectionWaiverTest {

    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14));
    private static final Instant PUBLISHED = Instant.parse("2026-01-15T06:00:00Z");
    private static final Instant FIRST_WAIVER = Instant.parse("2026-01-16T01:00:00Z");
    private static final Instant SECOND_WAIVER = Instant.parse("2026-01-16T05:30:00Z");
    private static final Set<Long> ELIMINATED = Set.of(4L, 5L);

    private static ReviewRound published() {
        ReviewRound round = new ReviewRound(1, JANUARY, 2);
        round.open(JANUARY.opensAt(), "schedule", List.of(1L, 2L, 3L, 4L, 5L));
        round.close(JANUARY.closesAt());
        round.publish(PUBLISHED, Duration.ofDays(7), Disclosure.FULL);
        return round;
    }

    private static ObjectionWaiver waiver(ReviewRound round, List<ObjectionWaiver> earlier, long team, Instant at) {
        return ObjectionWaiver.record(
                round,
                ELIMINATED,
                earlier,
                team,
                "대표자",
                at,
                Form.WRITTEN,
                "admin@example.kr",
                SECOND_WAIVER.plus(Duration.ofHours(1)));
    }

    @Test
    void thePeriodEndsAtTheLastWaiverOnceEveryEliminatedTeamHasWaivedAndNotBefore() {
        ReviewRound round = published();
        ObjectionWaiver first = waiver(round, List.of(), 4L, FIRST_WAIVER);
        assertEquals(
                Optional.empty(),
                ObjectionWaiver.periodEndsAt(ELIMINATED, List.of(first)),
                "one team still may object");
        ObjectionWaiver second = waiver(round, List.of(first), 5L, SECOND_WAIVER);
        assertEquals(Optional.of(SECOND_WAIVER), ObjectionWaiver.periodEndsAt(ELIMINATED, List.of(first, second)));

        assertTrue(round.endObjectionPeriodEarly(SECOND_WAIVER));
        assertEquals(SECOND_WAIVER, round.announcement().objectionEndsAt());
        assertTrue(round.announcement().isFinalAt(SECOND_WAIVER), "final at once");
        assertFalse(round.announcement().acceptsObjectionsAt(SECOND_WAIVER.plusSeconds(1)));
        assertFalse(round.endObjectionPeriodEarly(SECOND_WAIVER.plusSeconds(60)), "never later than it ended");
    }

    @Test
    void withNoTeamEliminatedThePeriodRunsItsCourse() {
        assertEquals(Optional.empty(), ObjectionWaiver.periodEndsAt(Set.of(), List.of()));
    }

    @Test
    void aWaiverIsRefusedForATeamThatAdvancesTwiceUndatedOrOutsideThePeriod() {
        ReviewRound round = published();
        assertEquals(
                "waiver.teamNotAffected",
                assertThrows(DomainRuleViolation.class, () -> waiver(round, List.of(), 1L, FIRST_WAIVER))
                        .messageKey(),
                "a team that advances has nothing to waive");
        ObjectionWaiver first = waiver(round, List.of(), 4L, FIRST_WAIVER);
        assertEquals(
                "waiver.already",
                assertThrows(DomainRuleViolation.class, () -> waiver(round, List.of(first), 4L, SECOND_WAIVER))
                        .messageKey());
        assertEquals(
                "waiver.waivedAt.invalid",
                assertThrows(DomainRuleViolation.class, () -> waiver(round, List.of(), 5L, PUBLISHED.minusSeconds(1)))
                        .messageKey(),
                "not before publication");
        assertEquals(
                "waiver.waivedAt.invalid",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> waiver(round, List.of(), 5L, SECOND_WAIVER.plus(Duration.ofDays(1))))
                        .messageKey(),
                "not in the future");
        assertEquals(
                "waiver.form.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> ObjectionWaiver.record(
                                        round,
                                        ELIMINATED,
                                        List.of(),
                                        5L,
                                        "대표자",
                                        SECOND_WAIVER,
                                        null,
                                        "admin@example.kr",
                                        SECOND_WAIVER))
                        .messageKey());
        assertEquals(
                "waiver.waivedBy.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> ObjectionWaiver.record(
                                        round,
                                        ELIMINATED,
                                        List.of(),
                                        5L,
                                        " ",
                                        SECOND_WAIVER,
                                        Form.EMAIL,
                                        "admin@example.kr",
                                        SECOND_WAIVER))
                        .messageKey());
        assertEquals(
                "objection.periodClosed",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> ObjectionWaiver.record(
                                        round,
                                        ELIMINATED,
                                        List.of(),
                                        5L,
                                        "대표자",
                                        SECOND_WAIVER,
                                        Form.EMAIL,
                                        "admin@example.kr",
                                        PUBLISHED.plus(Duration.ofDays(8))))
                        .messageKey());
    }

    /** While a correction is open the result may still change whom it eliminates: waivers do not end the period. */
    @Test
    void waiversDoNotEndThePeriodWhileACorrectionIsOpen() {
        ReviewRound round = published();
        Instant planned = round.announcement().objectionEndsAt();
        round.openCorrection();

        assertFalse(round.endObjectionPeriodEarly(SECOND_WAIVER));

        assertEquals(planned, round.announcement().objectionEndsAt());
    }
}
