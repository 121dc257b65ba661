package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import org.junit.jupiter.api.Test;

/** Objections are filed during the objection period for a team on the round's ballot, and decided once with a rationale. */
class ObjectionTest {

    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    private static final Instant PUBLISHED = JANUARY.closesAt().plus(Duration.ofDays(1));
    private static final Instant DURING = PUBLISHED.plus(Duration.ofDays(3));
    private static final Instant AFTER = PUBLISHED.plus(Duration.ofDays(8));

    private static ReviewRound published() {
        ReviewRound round = new ReviewRound(1, JANUARY, 2);
        round.open(JANUARY.opensAt(), "schedule", List.of(1L, 2L, 3L));
        round.close(round.timeline().window().closesAt());
        round.publish(PUBLISHED, Duration.ofDays(7), Disclosure.FULL);
        try {
            java.lang.reflect.Field id = ReviewRound.class.getDeclaredField("id"); // as the database assigns it
            id.setAccessible(true);
            id.set(round, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return round;
    }

    private static Objection filed(ReviewRound round, String evidence) {
        return new Objection(round, 2L, "NC AI", "벤치마크 점수 집계 오류", evidence, DURING, "admin@example.kr");
    }

    @Test
    void anObjectionIsFiledOnlyDuringThePeriodForATeamOnTheBallot() {
        ReviewRound round = published();
        assertTrue(filed(round, "https://example.kr/evidence.pdf").isOpen());
        assertEquals(
                "objection.periodClosed",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new Objection(round, 2L, "NC AI", "늦은 신청", null, AFTER, "admin"))
                        .messageKey());
        assertEquals(
                "objection.teamNotCompeting",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new Objection(round, 99L, "누군가", "근거", null, DURING, "admin"))
                        .messageKey());
        ReviewRound unpublished = new ReviewRound(2, JANUARY, 1);
        assertEquals(
                "objection.periodClosed",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new Objection(unpublished, 2L, "NC AI", "근거", null, DURING, "admin"))
                        .messageKey());
    }

    @Test
    void itsTextIsRequiredAndBoundedAndTheEvidenceIsAWebLink() {
        ReviewRound round = published();
        assertEquals(
                "objection.grounds.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new Objection(round, 2L, "NC AI", " ", null, DURING, "admin"))
                        .messageKey());
        assertEquals(
                "objection.filedBy.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new Objection(round, 2L, null, "근거", null, DURING, "admin"))
                        .messageKey());
        assertEquals(
                "text.tooLongMax",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new Objection(round, 2L, "NC AI", "가".repeat(2001), null, DURING, "admin"))
                        .messageKey());
        for (String bad :
                new String[] {"javascript:alert(1)", "file:///etc/passwd", "not a link", "https://" + "e".repeat(600)
                }) {
            assertThrows(DomainRuleViolation.class, () -> filed(round, bad), bad);
        }
    }

    @Test
    void anObjectionIsDecidedOnceWithItsRationale() {
        Objection objection = filed(published(), null);
        assertEquals(
                "objection.rationale.required",
                assertThrows(DomainRuleViolation.class, () -> objection.decide(false, "", AFTER, "admin"))
                        .messageKey());
        assertTrue(objection.isOpen(), "a refused decision changes nothing");
        objection.decide(false, "집계 오류 없음을 재확인", AFTER, "admin");
        assertEquals(Objection.Status.DISMISSED, objection.getStatus());
        assertFalse(objection.isOpen());
        assertEquals(
                "objection.alreadyDecided",
                assertThrows(DomainRuleViolation.class, () -> objection.decide(true, "다시", AFTER, "admin"))
                        .messageKey());
    }
}
