package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.RoundPublication;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.application.rounds.RoundAdministration;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.Postponement;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.team.TeamStatus;
import kr.go.msit.sovereignai.infrastructure.time.EjbReviewTimers;
import kr.go.msit.sovereignai.it.TestSupport.TallyFixture;
import org.junit.jupiter.api.Test;

/**
 * Rounds move by the schedule: persistent timers open and close them, start-up reconciliation
 * catches up once, postponing moves the timer, a round waits for the previous review, and
 * publication settles the teams and schedules the next round.
 */
class RoundLifecycleIT extends ContainerTest {

    @Inject
    TestSupport fixture;

    @Inject
    EjbReviewTimers timers;

    @Inject
    AsAdministrator administrator;

    @Inject
    RoundAdministration roundAdministration;

    @Inject
    RoundResults roundResults;

    @Inject
    TallyInputs tallyInputs;

    @Inject
    RoundPublication publication;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    kr.go.msit.sovereignai.application.rounds.RoundCatalogue roundCatalogue;

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void aRoundWhoseWindowStartsSecondsAheadIsOpenedAndClosedByItsTimer() throws Exception {
        Instant opens = now().plusSeconds(2);
        Instant closes = opens.plusSeconds(6);
        int number = fixture.scheduleRoundAfterPublished(opens, closes);
        assertEquals(RoundStatus.SCHEDULED, fixture.statusOf(number));
        assertEquals(opens, timers.scheduled().get(number), "the timer waits for the window to open");

        assertEquals(
                RoundStatus.OPEN,
                Eventually.value(Duration.ofSeconds(15), () -> fixture.statusOf(number), RoundStatus.OPEN::equals));
        // The container registers a timer created in a transaction just after that transaction commits.
        assertEquals(
                closes,
                Eventually.value(Duration.ofSeconds(5), () -> timers.scheduled().get(number), closes::equals),
                "once open, the timer waits for the window to close");
        assertEquals(
                RoundStatus.CLOSED,
                Eventually.value(Duration.ofSeconds(15), () -> fixture.statusOf(number), RoundStatus.CLOSED::equals));
        assertNull(
                Eventually.value(
                        Duration.ofSeconds(5), () -> timers.scheduled().get(number), java.util.Objects::isNull),
                "a closed round needs no timer");
        assertEquals(1, fixture.auditEntries(number, "ROUND_OPEN_BY_SCHEDULE"));
        assertEquals(1, fixture.auditEntries(number, "ROUND_CLOSE_BY_SCHEDULE"));
    }

    @Test
    void aRoundWhoseWholeWindowPassedWhileTheServerWasDownWaitsForANewWindowInsteadOfOpeningAndClosingEmpty() {
        int number =
                fixture.scheduleRoundAfterPublished(now().plus(Duration.ofDays(30)), now().plus(Duration.ofDays(31)));
        // The server was "down" through the whole window: the timer never fired.
        fixture.windowPassedWhileDown(number, now().minus(Duration.ofHours(3)), now().minus(Duration.ofHours(1)));

        timers.reconcile();
        timers.reconcile();
        assertEquals(RoundStatus.SCHEDULED, fixture.statusOf(number), "not opened and closed at once with no ballots");
        ReviewRound missed = catalogue.round(number).orElseThrow();
        assertTrue(missed.isMissed());
        assertEquals(1, fixture.auditEntries(number, "ROUND_MISS_BY_SCHEDULE"), "recorded once");
        assertEquals(0, fixture.auditEntries(number, "ROUND_OPEN_BY_SCHEDULE"));
        assertNull(timers.scheduled().get(number), "it waits for an administrator, not for a timer");
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> administrator.run(() -> roundAdministration.openNow(number)));
        assertEquals("round.open.windowOver", refused.messageKey(), "open it by giving it a new window");

        Instant opens = now().minus(Duration.ofMinutes(1));
        Instant closes = now().plus(Duration.ofDays(7));
        administrator.run(() -> roundAdministration.postpone(
                number, opens, closes, LocalizedText.of("플랫폼 장애로 평가 기간 재공고", "Window set again after an outage")));
        assertEquals(RoundStatus.OPEN, fixture.statusOf(number), "a new window that has begun opens at once");
        assertEquals(closes, timers.scheduled().get(number));
        fixture.close(number);
    }

    @Test
    void aRoundWhoseWindowIsPartlyOverWhenTheServerComesBackOpensAtOnceWithTheShortenedWindowShown() {
        int number =
                fixture.scheduleRoundAfterPublished(now().plus(Duration.ofDays(30)), now().plus(Duration.ofDays(31)));
        Instant closes = now().plus(Duration.ofDays(2));
        fixture.windowPassedWhileDown(number, now().minus(Duration.ofDays(1)), closes);

        timers.reconcile();
        assertEquals(RoundStatus.OPEN, fixture.statusOf(number));
        ReviewRound round = catalogue.round(number).orElseThrow();
        assertTrue(round.timeline().isOpenedLate());
        assertEquals(closes, round.timeline().window().closesAt(), "it still closes when planned");
        assertTrue(
                round.timeline().window().opensAt().isAfter(now().minus(Duration.ofMinutes(2))),
                "the window shown starts when it really opened (to the minute)");
        assertEquals(closes, timers.scheduled().get(number));
        fixture.close(number);
    }

    @Test
    void thePeriodicSweepSetsALostTimerAgainWithoutARestart() {
        Instant opens = now().plus(Duration.ofDays(20));
        int number = fixture.scheduleRoundAfterPublished(opens, now().plus(Duration.ofDays(21)));
        assertEquals(List.of(opens), timers.timersByRound().get(number));
        assertTrue(timers.nextSweep().isPresent(), "the sweep is scheduled");
        assertTrue(timers.nextSweep().get().isBefore(now().plus(Duration.ofMinutes(6))), "every few minutes");

        timers.align(number, java.util.Optional.empty());
        assertNull(timers.scheduled().get(number), "the timer is lost");
        timers.reconcile(); // what the sweep runs
        assertEquals(List.of(opens), timers.timersByRound().get(number), "set again, once");
        timers.reconcile();
        assertEquals(List.of(opens), timers.timersByRound().get(number), "still exactly one timer");
        assertTrue(timers.nextSweep().isPresent(), "reconciling never cancels the sweep itself");
    }

    /** Issue 21, item 7: opened early and closed early, the actual instants are stored and shown beside the planned window. */
    @Test
    void aRoundOpenedAndClosedEarlyKeepsItsActualOpeningAndClosing() {
        Instant opens = now().plus(Duration.ofDays(10));
        int number = fixture.scheduleRoundAfterPublished(opens, opens.plus(Duration.ofDays(14)));

        administrator.run(() -> roundAdministration.openNow(number));
        var open = roundCatalogue.round(number).orElseThrow();
        assertTrue(open.openedEarly(), "opened before its window");
        assertTrue(open.openedAt().isBefore(opens));
        assertEquals(opens, open.window().opensAt(), "the planned window stays");
        assertEquals(kr.go.msit.sovereignai.domain.round.WindowPhase.IN_WINDOW, open.phase());

        administrator.run(() -> roundAdministration.closeNow(number));
        var closed = roundCatalogue.round(number).orElseThrow();
        assertTrue(closed.closedEarly(), "closed before its window ended");
        assertTrue(closed.closedAt().isBefore(opens));
        assertEquals(open.openedAt(), closed.openedAt(), "the opening stays as recorded");
    }

    @Test
    void postponingMovesTheTimerAndKeepsTheOldWindowOnRecord() {
        Instant opens = now().plus(Duration.ofDays(10));
        int number = fixture.scheduleRoundAfterPublished(opens, opens.plus(Duration.ofDays(14)));
        assertEquals(opens, timers.scheduled().get(number));

        Instant later = opens.plus(Duration.ofDays(30));
        administrator.run(() -> roundAdministration.postpone(
                number, later, later.plus(Duration.ofDays(14)), LocalizedText.of("GPU 수급 지연", "GPU supply delayed")));

        assertEquals(later, timers.scheduled().get(number), "the timer moved with the window");
        ReviewRound round = catalogue.round(number).orElseThrow();
        assertEquals(opens, round.timeline().originalWindow().opensAt());
        assertEquals(
                "GPU 수급 지연", round.timeline().postponements().get(0).reason().ko());
        assertEquals(1, fixture.auditEntries(number, "ROUND_POSTPONED"));

        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> administrator.run(() -> roundAdministration.postpone(
                        number, later, later.plus(Duration.ofDays(1)), LocalizedText.of(" ", null))));
        assertEquals("postponement.reason.required", refused.messageKey());
        assertEquals(later, timers.scheduled().get(number), "a refused postponement leaves the timer alone");
    }

    @Test
    void aRoundWhoseWindowArrivesBeforeThePreviousIsPublishedWaitsOnRecordAndOpensOnPublication() {
        TallyFixture previous = fixture.closedRoundReadyToTally(List.of(4, 5));
        int next = previous.round() + 1;
        // Publication of the previous round would schedule the next one; here it already exists and its window has
        // come.
        ReviewRound scheduled = catalogue.round(next).orElse(null);
        assertNull(scheduled, "no round after the fixture's yet");
        int created = fixture.scheduleRoundWithoutPublishing(
                now().minus(Duration.ofMinutes(1)), now().plus(Duration.ofDays(2)));
        assertEquals(next, created);

        assertEquals(RoundStatus.SCHEDULED, fixture.statusOf(next));
        ReviewRound held = catalogue.round(next).orElseThrow();
        assertTrue(held.isHeld());
        Postponement hold = held.timeline()
                .postponements()
                .get(held.timeline().postponements().size() - 1);
        assertTrue(hold.isHold(), "the hold is recorded like a postponement");
        assertTrue(
                hold.reason().en().contains(String.valueOf(previous.round())),
                hold.reason().en());
        assertNull(timers.scheduled().get(next), "a held round waits for publication, not for a timer");

        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> administrator.run(() -> roundAdministration.openNow(next)));
        assertEquals("round.previousNotPublished", refused.messageKey());

        administrator.run(() -> publication.publish(previous.round(), Disclosure.FULL));
        assertEquals(RoundStatus.OPEN, fixture.statusOf(next), "publishing the previous review releases the held one");
        assertFalse(catalogue.round(next).orElseThrow().isHeld());
    }

    @Test
    void publicationSettlesTheTeamsKeepsTheResultAndSchedulesTheNextRoundSixMonthsLater() {
        TallyFixture round = fixture.closedRoundReadyToTally(List.of(5, 4, 3));
        administrator.run(() -> tallyInputs.decideEligibility(
                round.round(),
                round.strongerFixtureTeam(),
                false,
                "가중치를 처음부터 학습하지 않음 (weights not trained from scratch)"));

        ProvisionalTally tally = administrator.call(() -> publication.provisionalTally(round.round()));
        assertTrue(tally.publishable(), tally.blockers().toString());
        ResultLine disqualified = line(tally.lines(), round.strongerFixtureTeam());
        assertEquals(Outcome.DISQUALIFIED, disqualified.outcome());
        assertNull(disqualified.rank());
        assertEquals(
                Outcome.ELIMINATED,
                line(tally.lines(), round.weakerFixtureTeam()).outcome(),
                "the lowest eligible team leaves on points");
        assertThrows(
                DomainRuleViolation.class,
                () -> roundResults.results(round.round()),
                "nothing is public before publication");

        ReviewRound before = catalogue.round(round.round()).orElseThrow();
        PublishedResults published = administrator.call(() -> publication.publish(round.round(), Disclosure.FULL));

        assertEquals(TeamStatus.DISQUALIFIED, fixture.teamStatus(round.strongerFixtureTeam()));
        assertEquals(TeamStatus.ELIMINATED, fixture.teamStatus(round.weakerFixtureTeam()));
        assertEquals(RoundStatus.PUBLISHED, fixture.statusOf(round.round()));
        assertEquals(
                Duration.ofDays(7),
                Duration.between(published.publishedAt(), published.objectionEndsAt()),
                "the default objection period");
        assertFalse(published.resultFinal(), "not final during the objection period");
        List<ResultLine> publishedLines = roundResults.results(round.round()).lines();
        assertTrue(line(publishedLines, round.strongerFixtureTeam()).rationale().contains("scratch"));
        assertEquals(
                round.strongerFixtureTeam(),
                publishedLines.get(publishedLines.size() - 1).teamId(),
                "the disqualified team comes last");
        assertEquals(1, publishedLines.get(0).rank(), "ranked from the top");
        assertEquals(1, fixture.auditEntries(round.round(), "ROUND_PUBLISHED"));

        // The round keeps its own history: its ballot's teams as it opened, the two that left included, and what it
        // left.
        ReviewRound kept = catalogue.round(round.round()).orElseThrow();
        assertTrue(
                kept.getRoster().containsAll(List.of(round.strongerFixtureTeam(), round.weakerFixtureTeam())),
                kept.getRoster().toString());
        assertEquals(
                kept.getRoster().size() - 2,
                catalogue.teamsLeftAfterEachRound().get(round.round()),
                "the timeline says what this round left, from its own record");

        ReviewRound next =
                catalogue.round(round.round() + 1).orElseThrow(() -> new AssertionError("the next round is scheduled"));
        assertEquals(
                before.timeline().window().shiftedByMonths(6),
                next.timeline().window(),
                "one review interval after the previous window");
        assertEquals(next.timeline().window().opensAt(), timers.scheduled().get(next.getNumber()), "with its timer");

        DomainRuleViolation again = assertThrows(
                DomainRuleViolation.class,
                () -> administrator.call(() -> publication.publish(round.round(), Disclosure.FULL)));
        assertEquals("round.publish.notClosed", again.messageKey());
    }

    private static ResultLine line(List<ResultLine> lines, long teamId) {
        return lines.stream().filter(l -> l.teamId() == teamId).findFirst().orElseThrow();
    }
}
