package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.application.rounds.RoundAdministration;
import kr.go.msit.sovereignai.application.rounds.RoundClosed;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round opens and closes by its schedule or by an administrator, without the container. */
class ClosingRoundTest {

    private static final Instant OPENS = Instant.parse("2026-08-01T00:00:00Z");
    private static final ReviewWindow WINDOW = new ReviewWindow(OPENS, OPENS.plus(Duration.ofDays(14)));

    private final InMemory.Rounds rounds = new InMemory.Rounds();
    private final InMemory.Programmes programmes = new InMemory.Programmes();
    private final InMemory.Timers timers = new InMemory.Timers();
    private final InMemory.Changes changes = new InMemory.Changes();
    private final InMemory.Fired<RoundClosed> closes = new InMemory.Fired<>();
    private final InMemory.TestClock clock = new InMemory.TestClock(OPENS.plusSeconds(5));
    private ReviewSchedule schedule;
    private RoundAdministration administration;
    private ReviewRound round;

    @BeforeEach
    void aScheduledRound() {
        programmes.store(new Programme(
                LocalizedText.of("독자 AI 파운데이션 모델", "Sovereign AI foundation model"),
                LocalizedText.of("과학기술정보통신부", "Ministry of Science and ICT"),
                6,
                2,
                1));
        schedule = new ReviewSchedule(
                rounds,
                programmes,
                new InMemory.Teams(),
                new InMemory.Ballots(),
                timers,
                new kr.go.msit.sovereignai.application.arena.ArenaOpening(new InMemory.NoArena(), changes),
                changes,
                closes,
                clock);
        administration = new RoundAdministration(rounds, schedule, timers, changes, closes, clock);
        round = new ReviewRound(1, WINDOW, 1);
        rounds.store(round);
    }

    @Test
    void theScheduleOpensTheRoundThenClosesItOnceAtTheEndOfItsWindow() {
        schedule.advance(1);
        assertEquals(RoundStatus.OPEN, round.getStatus());
        assertEquals(Optional.of(WINDOW.closesAt()), timers.byRound.get(1), "the timer moves to the closing instant");

        clock.set(WINDOW.closesAt());
        schedule.advance(1);
        assertEquals(RoundStatus.CLOSED, round.getStatus());
        assertEquals(1, rounds.gateClosings, "the close waited for inputs in flight");
        assertEquals(Optional.empty(), timers.byRound.get(1), "a closed round needs no timer");

        schedule.advance(1);
        assertEquals(
                List.of(AuditAction.ROUND_OPEN_BY_SCHEDULE, AuditAction.ROUND_CLOSE_BY_SCHEDULE),
                changes.actions(),
                "a timer firing again changes nothing and records nothing");
        assertEquals("review 1", changes.fired.get(1).subject());
        assertEquals(true, changes.fired.get(1).before().startsWith("OPEN"));
        assertEquals(List.of(new RoundClosed(1)), closes.fired, "the close is told once, by its round's number");
    }

    @Test
    void anAdministratorClosesAnOpenRoundEarlyOnce() {
        schedule.advance(1);
        clock.set(OPENS.plus(Duration.ofDays(3)));
        administration.closeNow(1);

        assertEquals(RoundStatus.CLOSED, round.getStatus());
        assertEquals(1, rounds.gateClosings);
        assertEquals(Optional.empty(), timers.byRound.get(1));
        assertEquals(
                AuditAction.ROUND_CLOSED_EARLY,
                changes.actions().get(changes.actions().size() - 1));

        DomainRuleViolation again = assertThrows(DomainRuleViolation.class, () -> administration.closeNow(1));
        assertEquals("round.close.notOpen", again.messageKey());
        assertEquals(2, changes.fired.size(), "a refused close records nothing");
        assertEquals(List.of(new RoundClosed(1)), closes.fired, "only the close that happened is told");
    }

    @Test
    void aRoundThatHasNotOpenedCannotBeClosed() {
        clock.set(OPENS.minus(Duration.ofDays(1)));
        schedule.advance(1);
        assertEquals(RoundStatus.SCHEDULED, round.getStatus());
        assertEquals(
                "round.close.notOpen",
                assertThrows(DomainRuleViolation.class, () -> administration.closeNow(1))
                        .messageKey());
        assertEquals(List.of(), changes.fired);
    }

    @Test
    void movingARoundMovesLaterRoundsSoTheReviewIntervalIsKeptAndACancelledOneIsSkipped() {
        ReviewRound second = new ReviewRound(
                2, new ReviewWindow(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-15T00:00:00Z")), 1);
        ReviewRound third = new ReviewRound(
                3, new ReviewWindow(Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-02-15T00:00:00Z")), 1);
        rounds.store(second);
        rounds.store(third);
        Instant december = Instant.parse("2026-12-02T00:00:00Z");
        administration.postpone(1, december, december.plus(Duration.ofDays(15)), LocalizedText.of("GPU 공급 지연", null));

        assertEquals(
                new ReviewWindow(december, december.plus(Duration.ofDays(15))).shiftedByMonths(6),
                second.timeline().window(),
                "review 2 keeps six months after review 1");
        assertEquals(
                second.timeline().window().shiftedByMonths(6),
                third.timeline().window(),
                "and review 3 six months after review 2");
        assertTrue(
                third.timeline().postponements().get(0).reason().ko().contains("6개월 간격"), "moved on record, with why");

        administration.cancel(2, LocalizedText.of("추가 공모 일정 조정", "Rescheduled after the additional call"));
        assertTrue(second.isCancelled());
        assertEquals(Optional.empty(), timers.byRound.get(2), "a cancelled round has no timer");
        ReviewWindow thirdBefore = third.timeline().window();
        administration.postpone(1, december, december.plus(Duration.ofDays(16)), LocalizedText.of("하루 연장", null));
        assertEquals(
                thirdBefore,
                third.timeline().window(),
                "review 3 is still well after review 1: it does not move earlier");
    }
}
