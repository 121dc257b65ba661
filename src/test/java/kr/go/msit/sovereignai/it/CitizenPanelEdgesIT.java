package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.go.msit.sovereignai.application.citizenpanel.PanelAdministration;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelSettings;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.VolunteerForm;
import kr.go.msit.sovereignai.application.citizenpanel.PublicPanels;
import kr.go.msit.sovereignai.application.rounds.RoundAdministration;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.citizenpanel.AbandonReasonInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotAbandonable;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettled;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedNotAwaited;
import kr.go.msit.sovereignai.domain.citizenpanel.VolunteeringClosed;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;
import kr.go.msit.sovereignai.infrastructure.time.EjbPanelTimers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The citizens' panel's edges (issue 23): no commitment at or after the declared draw (the panel waits, uncommitted,
 * and is abandoned); an abandoned panel lets the round be published with everybody's votes; the membership settled
 * at the round's close; a cancelled round takes no volunteers and is not frozen; the deadline kept in its Korean year
 * once anyone has volunteered.
 */
class CitizenPanelEdgesIT extends ContainerTest {

    /** One member: a woman of the capital region, 19-29, of low proficiency. */
    private static final int[][] ONE = {{1, 0}, {1, 0}, {1, 0, 0, 0, 0}, {1, 0, 0}};

    private static final List<Integer> LOW = List.of(0, 0, 0, 1, 0);

    @Inject
    PanelAdministration administration;

    @Inject
    RoundAdministration roundAdministration;

    @Inject
    PublicPanels publicPanels;

    @Inject
    PanelTestSupport support;

    @Inject
    PanelScoringSupport scoring;

    @Inject
    ScoringPanelRepository scoringPanels;

    @Inject
    PanelEdgesSupport edges;

    @Inject
    TestSupport testSupport;

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    AsAdministrator administrator;

    @Inject
    EjbPanelTimers timers;

    @AfterEach
    void releaseClock() {
        ControllableClock.release();
    }

    @Test
    void aCommitmentIsNeverMadeAtOrAfterTheDrawAndTheMissedPanelIsAbandoned() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant deadline = now.plus(Duration.ofDays(1));
        int year = deadline.atZone(KoreanTime.ZONE).getYear();
        // A deadline in the next Korean year, with a round whose window allows it.
        Instant nextYear = LocalDate.of(year + 1, 1, 2)
                .atTime(12, 0)
                .atZone(KoreanTime.ZONE)
                .toInstant();
        int round = testSupport.scheduleRoundWithoutPublishing(
                nextYear.plus(Duration.ofDays(10)), nextYear.plus(Duration.ofDays(20)));
        Instant drawAt = deadline.plus(Duration.ofDays(1));
        configure(round, deadline, drawAt);
        String email = support.citizen(Sex.F, year - 24);
        support.as(email, v -> v.volunteer(round, new VolunteerForm(null, null, "SEOUL", LOW)));

        // Someone volunteered: the deadline stays in its Korean year (their age band is counted in it).
        PanelSettingsInvalid moved = assertThrows(
                PanelSettingsInvalid.class, () -> configure(round, nextYear, nextYear.plus(Duration.ofDays(1))));
        assertEquals(PanelSettingsInvalid.Field.DEADLINE, moved.field());
        assertEquals("panel.settings.deadlineYear", moved.messageKey());
        assertEquals(
                deadline, publicPanels.panel(round).orElseThrow().settings().volunteeringDeadline());

        // The freeze runs only after the declared draw (the server was down): pool frozen, nothing committed.
        ControllableClock.pin(drawAt);
        timers.reconcile();
        timers.reconcile(); // waits quietly, changes nothing more
        PanelView frozen = publicPanels.panel(round).orElseThrow();
        assertEquals(PanelViews.Stage.VOLUNTEERING, frozen.stage());
        assertNotNull(frozen.frozenAt());
        assertEquals(1, frozen.poolSize());
        assertNull(frozen.commitment(), "no commitment at or after the draw");
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_POOL_FROZEN"));
        assertEquals(0, testSupport.roundAuditEntries(round, "PANEL_LOTTERY_COMMITTED"));
        assertThrows(
                SeedNotAwaited.class,
                () -> administrator.call(() -> administration.enterSeed(round, "03-11-19-27-38-42+07")));

        // The way out: abandoned with a reason, once.
        assertThrows(AbandonReasonInvalid.class, () -> administrator.call(() -> administration.abandon(round, " ")));
        assertThrows(
                AbandonReasonInvalid.class,
                () -> administrator.call(() -> administration.abandon(round, "x".repeat(501))));
        PanelView abandoned = administrator.call(() -> administration.abandon(round, "추첨 전에 약속값을 공개하지 못했습니다"));
        assertEquals(PanelViews.Stage.ABANDONED, abandoned.stage());
        assertEquals("추첨 전에 약속값을 공개하지 못했습니다", abandoned.abandonedReason());
        assertNotNull(abandoned.abandonedAt());
        assertEquals(
                PanelViews.Stage.ABANDONED,
                publicPanels.panel(round).orElseThrow().stage());
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_ABANDONED"));
        assertThrows(PanelNotAbandonable.class, () -> administrator.call(() -> administration.abandon(round, "again")));
        timers.reconcile();
        assertEquals(
                PanelViews.Stage.ABANDONED,
                publicPanels.panel(round).orElseThrow().stage());
    }

    @Test
    void anAbandonedPanelLetsTheRoundBePublishedWithEverybodysVotes() {
        String[] fixture = scoring.ratingRound().split(" ");
        int round = Integer.parseInt(fixture[0]);
        List<Long> voters = scoring.castRatings(round, Long.parseLong(fixture[1]), 5, Long.parseLong(fixture[2]), 1, 2);
        scoring.panel(round, "COMMITTED", voters, List.of(), List.of());
        edges.oneMemberQuotas(round);
        testSupport.close(round);
        assertEquals("refused panel.results.blocker.notDrawn", scoring.publish(round));
        assertTrue(scoringPanels.ofRound(roundId(round)).isPresent());

        administrator.call(() -> administration.abandon(round, "지원자가 너무 적었습니다"));
        assertTrue(scoringPanels.ofRound(roundId(round)).isEmpty(), "scored as a round without a panel");
        assertEquals("published", scoring.publish(round));
    }

    @Test
    void theMembershipIsSettledOnceTheRoundHasClosed() {
        String[] fixture = scoring.ratingRound().split(" ");
        int round = Integer.parseInt(fixture[0]);
        String member = support.citizen(Sex.F, 1990);
        String withdrawn = support.citizen(Sex.M, 1980);
        scoring.panel(
                round, "DRAWN", List.of(scoring.accountId(member)), List.of(scoring.accountId(withdrawn)), List.of());
        String before = scoringPanels.ofRound(roundId(round)).orElseThrow().membership();
        testSupport.close(round);

        assertThrows(
                PanelSettled.class,
                () -> support.as(member, v -> {
                    v.withdraw(round);
                    return null;
                }));
        assertFalse(support.as(member, v -> v.mine(round)).orElseThrow().withdrawn(), "still a member");
        assertThrows(PanelSettled.class, () -> administrator.call(() -> administration.replaceWithdrawnMembers(round)));
        assertEquals(before, scoringPanels.ofRound(roundId(round)).orElseThrow().membership());
        assertEquals(0, testSupport.roundAuditEntries(round, "PANEL_WITHDRAWN"));
    }

    @Test
    void aCancelledRoundTakesNoVolunteersAndItsPanelIsNotFrozen() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int round = testSupport.scheduleRoundWithoutPublishing(
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)));
        Instant deadline = now.plus(Duration.ofDays(1));
        configure(round, deadline, deadline.plus(Duration.ofDays(1)));
        int year = deadline.atZone(KoreanTime.ZONE).getYear();
        String early = support.citizen(Sex.F, year - 24);
        support.as(early, v -> v.volunteer(round, new VolunteerForm(null, null, "SEOUL", LOW)));
        administrator.run(() -> roundAdministration.cancel(round, LocalizedText.of("취소", "Cancelled")));

        String late = support.citizen(Sex.F, year - 24);
        assertThrows(
                VolunteeringClosed.class,
                () -> support.as(late, v -> v.volunteer(round, new VolunteerForm(null, null, "SEOUL", LOW))));
        ControllableClock.pin(deadline.plusSeconds(1));
        timers.reconcile();
        PanelView panel = publicPanels.panel(round).orElseThrow();
        assertNull(panel.frozenAt(), "a cancelled round's pool is not frozen");
        assertEquals(0, testSupport.roundAuditEntries(round, "PANEL_POOL_FROZEN"));
        // And it can be given up.
        assertEquals(
                PanelViews.Stage.ABANDONED,
                administrator
                        .call(() -> administration.abandon(round, "평가가 취소되었습니다"))
                        .stage());
    }

    private long roundId(int round) {
        return rounds.findByNumber(round).orElseThrow().getId();
    }

    private PanelView configure(int round, Instant deadline, Instant drawAt) {
        return administrator.call(
                () -> administration.configure(round, new PanelSettings(1, ONE, deadline, 1200, drawAt)));
    }
}
