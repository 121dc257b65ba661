package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.application.rounds.RoundAdministration;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.application.rounds.RoundViews.TimelineEntry;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewOrderViolation;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rounds as the timeline shows them (issue 21, item 7), and their order, without the container. */
class RoundTimelineTest {

    private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");
    private static final ReviewWindow AUGUST =
            new ReviewWindow(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-08-15T00:00:00Z"));
    private static final ReviewWindow FEBRUARY =
            new ReviewWindow(Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-02-15T00:00:00Z"));

    private final InMemory.Rounds rounds = new InMemory.Rounds();
    private final InMemory.Programmes programmes = new InMemory.Programmes();
    private final InMemory.Teams teams = new InMemory.Teams();
    private final InMemory.Timers timers = new InMemory.Timers();
    private final InMemory.Changes changes = new InMemory.Changes();
    private final InMemory.Fired<kr.go.msit.sovereignai.application.rounds.RoundClosed> closes = new InMemory.Fired<>();
    private final InMemory.TestClock clock = new InMemory.TestClock(NOW);
    private RoundAdministration administration;
    private RoundCatalogue catalogue;
    private ReviewSchedule schedule;

    @BeforeEach
    void threeTeamsForTwoFinalistsAndTwoReviewsToCome() {
        programmes.store(new Programme(
                LocalizedText.of("독자 AI 파운데이션 모델", "Sovereign AI foundation model"),
                LocalizedText.of("과학기술정보통신부", "Ministry of Science and ICT"),
                6,
                2,
                1));
        for (String code : List.of("lg", "upstage", "skt")) {
            teams.store(new Team(
                    code, new TeamProfile("팀 " + code, "Team " + code, "주관 " + code, List.of(), null, null), 1));
        }
        schedule = new ReviewSchedule(
                rounds,
                programmes,
                teams,
                new InMemory.Ballots(),
                timers,
                new kr.go.msit.sovereignai.application.arena.ArenaOpening(new InMemory.NoArena(), changes),
                changes,
                closes,
                clock);
        administration = new RoundAdministration(rounds, schedule, timers, changes, closes, clock);
        catalogue = new RoundCatalogue(
                rounds,
                programmes,
                new ProgrammeCatalogue(programmes, teams, rounds, null, new InMemory.Results()),
                clock);
        rounds.store(new ReviewRound(1, AUGUST, 1));
        rounds.store(new ReviewRound(2, FEBRUARY, 1));
    }

    /** Three teams, two finalists: review 1 selects them; review 2 would eliminate a finalist, so it is provisional. */
    @Test
    void aReviewAfterTheFinalOneIsProvisionalNeverEliminatingAFinalist() {
        List<TimelineEntry> timeline = catalogue.timeline();

        assertTrue(timeline.get(0).finalRound() && !timeline.get(0).provisional(), "review 1 selects the finalists");
        assertEquals(3, timeline.get(0).headcount().competing());
        TimelineEntry second = timeline.get(1);
        assertTrue(second.provisional(), "review 2 would have only the two finalists: provisional");
        assertFalse(second.finalRound(), "and not the final round");
        assertEquals(2, second.headcount().competing());
    }

    /** A fourth team joining at review 2 makes it a real review again: it would eliminate one of three. */
    @Test
    void aTeamJoiningMakesTheLaterReviewRealAgain() {
        teams.store(new Team("kt", new TeamProfile("팀 kt", "Team kt", "주관 kt", List.of(), null, null), 2));

        TimelineEntry second = catalogue.timeline().get(1);

        assertFalse(second.provisional(), "three teams for two finalists: review 2 is held");
        assertEquals(3, second.headcount().competing());
        assertEquals(1, second.headcount().eliminated());
    }

    /** Reviews keep their order: review 2 cannot move before review 1's window, and nothing changes. */
    @Test
    void aLaterReviewCannotMoveBeforeAnEarlierOne() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> administration.postpone(
                        2,
                        Instant.parse("2026-07-20T00:00:00Z"),
                        Instant.parse("2026-07-30T00:00:00Z"),
                        LocalizedText.of("앞당김", "Earlier")));

        assertInstanceOf(ReviewOrderViolation.class, refused, "a typed refusal");
        assertEquals("round.postpone.beforeEarlier", refused.messageKey());
        assertEquals(FEBRUARY, rounds.findByNumber(2).orElseThrow().timeline().window(), "the window stays");
        assertTrue(
                rounds.findByNumber(2).orElseThrow().timeline().postponements().isEmpty(), "nothing on record");

        administration.postpone(
                2,
                Instant.parse("2026-09-01T00:00:00Z"),
                Instant.parse("2026-09-15T00:00:00Z"),
                LocalizedText.of("앞당김", "Earlier"));
        assertEquals(
                Instant.parse("2026-09-01T00:00:00Z"),
                rounds.findByNumber(2).orElseThrow().timeline().window().opensAt(),
                "after review 1 it may move earlier");
    }

    /** Opened and closed early ("open now", "close now"): the instants are recorded and shown beside the planned window. */
    @Test
    void aReviewOpenedAndClosedEarlyShowsWhenItActuallyRan() {
        RoundView before = catalogue.round(1).orElseThrow();
        assertNull(before.openedAt());
        assertFalse(before.openedEarly() || before.closedEarly());

        Instant opened = Instant.parse("2026-07-25T09:00:00Z");
        clock.set(opened);
        administration.openNow(1);
        RoundView open = catalogue.round(1).orElseThrow();
        assertEquals(opened, open.openedAt());
        assertTrue(open.openedEarly(), "it opened before its window");
        assertEquals(AUGUST, open.window(), "the planned window stays on record");
        assertEquals(
                kr.go.msit.sovereignai.domain.round.WindowPhase.IN_WINDOW, open.phase(), "open means in its period");
        assertEquals(opened, catalogue.currentRound().orElseThrow().openedAt());

        Instant closed = AUGUST.opensAt().plus(Duration.ofDays(3));
        clock.set(closed);
        administration.closeNow(1);
        RoundView done = catalogue.round(1).orElseThrow();
        assertEquals(closed, done.closedAt());
        assertTrue(done.closedEarly(), "it closed before its window ended");
    }

    /** The ministry decides schedule changes: its name in each language, not its Korean name on an English page. */
    @Test
    void theMinistryIsNamedInEachLanguage() {
        administration.postpone(
                1,
                AUGUST.opensAt().plus(Duration.ofDays(7)),
                AUGUST.closesAt().plus(Duration.ofDays(7)),
                LocalizedText.of("연기", "Postponed"));

        LocalizedText decidedBy =
                catalogue.round(1).orElseThrow().postponements().get(0).decidedBy();
        assertEquals("과학기술정보통신부", decidedBy.ko());
        assertEquals("Ministry of Science and ICT", decidedBy.en());
    }

    /**
     * The review before is the one held, not the one numbered just before: with review 2 cancelled, review 3 does not
     * open while review 1's published result is being corrected (team statuses could change under its ballot).
     */
    @Test
    void aReviewDoesNotOpenWhileTheResultBeforeACancelledReviewIsBeingCorrected() {
        ReviewRound first = rounds.findByNumber(1).orElseThrow();
        first.open(AUGUST.opensAt(), "schedule", List.of(1L, 2L, 3L));
        first.close(AUGUST.closesAt());
        first.publish(AUGUST.closesAt().plus(Duration.ofDays(1)), Duration.ofDays(7), Disclosure.FULL);
        first.openCorrection();
        rounds.findByNumber(2).orElseThrow().cancel(LocalizedText.of("취소", "cancelled"), "schedule", NOW);
        ReviewRound third = new ReviewRound(3, FEBRUARY, 0);
        rounds.store(third);

        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> schedule.open(third, FEBRUARY.opensAt()));

        assertEquals("round.open.correctionOpen", refused.messageKey());
        assertFalse(third.hasOpened());
    }
}
