package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kr.go.msit.sovereignai.infrastructure.time.EjbPanelTimers;
import kr.go.msit.sovereignai.infrastructure.time.EjbReviewTimers;
import kr.go.msit.sovereignai.infrastructure.time.SweepLease;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: with two nodes the timers are the cluster's, and every node's start and five-minute sweep reconciles them.
 * Two threads stand in for two nodes: their reconciliations run one after the other under the database lease, the
 * timers stay one per round, and of two sweeps in one period one reconciles and the other skips.
 */
class TimerSweepLeaseIT extends ContainerTest {

    @Inject
    TestSupport fixture;

    @Inject
    EjbReviewTimers timers;

    @Inject
    EjbPanelTimers panelTimers;

    @Inject
    SweepLeaseFixture leases;

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void twoNodesStartingAtOnceReconcileOneAfterTheOtherAndLeaveOneTimerPerRound() throws Exception {
        Instant opens = now().plus(Duration.ofDays(20));
        int number = fixture.scheduleRoundAfterPublished(opens, now().plus(Duration.ofDays(21)));
        timers.align(number, Optional.empty()); // lost from the store: each start would set it
        assertNull(timers.scheduled().get(number));

        List<Callable<Boolean>> starts = List.of(timers::reconcile, timers::reconcile);
        assertEquals(List.of(true, true), Concurrently.allAtOnce(starts, 2), "a start always reconciles");

        assertEquals(List.of(opens), timers.timersByRound().get(number), "set again, once");
        timers.timersByRound()
                .forEach((round, instants) -> assertEquals(1, instants.size(), "one timer for review " + round));
    }

    @Test
    void aReconciliationWaitsForTheOneRunningOnAnotherNodeToEnd() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherNode =
                CompletableFuture.runAsync(() -> leases.hold(SweepLease.REVIEW_ROUNDS, held, release));
        assertTrue(held.await(30, TimeUnit.SECONDS), "the other node has the lock");
        AtomicLong releasedAt = new AtomicLong();
        CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(() -> {
            releasedAt.set(System.nanoTime());
            release.countDown();
        });
        assertTrue(timers.reconcile());
        long finishedAt = System.nanoTime();
        otherNode.get(30, TimeUnit.SECONDS);
        assertTrue(
                releasedAt.get() != 0 && finishedAt >= releasedAt.get(),
                "waited for the lease, not run beside it: finished " + Duration.ofNanos(finishedAt - releasedAt.get())
                        + " after the release");
    }

    @Test
    void ofTwoSweepsInOnePeriodOneReconcilesAndTheOtherSkips() throws Exception {
        Instant opens = now().plus(Duration.ofDays(20));
        int number = fixture.scheduleRoundAfterPublished(opens, now().plus(Duration.ofDays(21)));
        timers.align(number, Optional.empty());
        leases.lastStarted(SweepLease.REVIEW_ROUNDS, Duration.ofMinutes(5)); // the last sweep, a period ago

        List<Callable<Boolean>> sweeps = List.of(timers::sweepIfDue, timers::sweepIfDue);
        List<Boolean> swept = Concurrently.allAtOnce(sweeps, 2);

        assertEquals(1, swept.stream().filter(s -> s).count(), "one sweep reconciled, the other skipped: " + swept);
        assertEquals(List.of(opens), timers.timersByRound().get(number), "the lost timer is set again, once");
        assertFalse(timers.sweepIfDue(), "a sweep in the same period is skipped");
        leases.lastStarted(SweepLease.REVIEW_ROUNDS, Duration.ofMinutes(3).plusSeconds(50));
        assertFalse(timers.sweepIfDue(), "within the period less its margin: skipped");
        leases.lastStarted(SweepLease.REVIEW_ROUNDS, Duration.ofMinutes(4).plusSeconds(10));
        assertTrue(timers.sweepIfDue(), "the next period's sweep runs");
        assertTrue(timers.reconcile(), "a start reconciles whenever the last sweep was");
        assertEquals(List.of(opens), timers.timersByRound().get(number));
    }

    @Test
    void thePanelSweepRunsOncePerPeriodToo() throws Exception {
        leases.lastStarted(SweepLease.CITIZEN_PANELS, Duration.ofMinutes(5));
        List<Callable<Boolean>> sweeps = List.of(panelTimers::sweepIfDue, panelTimers::sweepIfDue);
        List<Boolean> swept = Concurrently.allAtOnce(sweeps, 2);
        assertEquals(1, swept.stream().filter(s -> s).count(), "one sweep reconciled, the other skipped: " + swept);
        assertFalse(panelTimers.sweepIfDue());
        assertTrue(panelTimers.reconcile());
    }
}
