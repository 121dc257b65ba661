package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.application.rounds.ReviewTimers;

/**
 * Persistent, programmatic EJB timers, one per round that is waiting for an instant of its
 * window. A timer carries only the round's number ({@link #INFO_PREFIX}{@code N}); when it fires
 * it hands the round to {@link ReviewSchedule}, which decides from the database what is due.
 * At start-up ({@link ReviewTimersStartup}) and every few minutes after ({@link #sweep}) every
 * round is reconciled: transitions missed while the server was down happen then, a lost timer is
 * set again, and the timers are made to match the rounds. In a cluster the timers are the cluster's,
 * so a reconciliation runs on one node at a time, under a database lease ({@link SweepLease}), and
 * the periodic sweep runs once per period across the nodes.
 */
@Singleton
@LocalBean
@Local(ReviewTimers.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EjbReviewTimers implements ReviewTimers {

    static final String INFO_PREFIX = "review-round:";
    static final String SWEEP_INFO = "review-schedule-sweep";
    static final String SWEEP_MINUTES = "5";
    /** A node skips its sweep when another node's started less than this ago: the period less a margin for clocks. */
    static final Duration SWEPT_RECENTLY = Duration.ofMinutes(Integer.parseInt(SWEEP_MINUTES) - 1);

    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(EjbReviewTimers.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    ReviewSchedule schedule;

    @Inject
    SweepLease lease;

    /**
     * The safety net: a failed start-up reconciliation, a timer step that failed twice or a timer
     * lost from the store is repaired within minutes, without a restart. Not persistent: every
     * node's start creates it afresh, and a sweep missed while down has nothing to catch up. Every node's fires;
     * the lease lets one of them reconcile per period.
     */
    @Schedule(minute = "*/" + SWEEP_MINUTES, hour = "*", persistent = false, info = SWEEP_INFO)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        sweepIfDue();
    }

    /**
     * The periodic sweep: reconciles unless another node (or thread) started a reconciliation less than
     * {@link #SWEPT_RECENTLY} ago or holds the lease now. Returns whether it reconciled.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean sweepIfDue() {
        return underLease(SWEPT_RECENTLY);
    }

    /** When the next sweep runs, if it is scheduled (for tests and operators). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> nextSweep() {
        for (Timer timer : timerService.getTimers()) {
            try {
                if (SWEEP_INFO.equals(timer.getInfo())) {
                    return Optional.of(timer.getNextTimeout().toInstant());
                }
            } catch (EJBException expired) {
                // Firing right now; the next one is created by the container.
            }
        }
        return Optional.empty();
    }

    /**
     * Brings every round up to date, each in its own transaction, and removes timers of rounds
     * that no longer exist. Called at start-up (and by the sweep, through {@link #sweepIfDue});
     * calling it again changes nothing. Waits for a reconciliation running on another node to end,
     * then runs, so a start always catches up; returns false only when that wait timed out (the
     * other node's reconciliation, still running, does the work).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean reconcile() {
        return underLease(Duration.ZERO);
    }

    private boolean underLease(Duration skipWithin) {
        try {
            return lease.runAlone(SweepLease.REVIEW_ROUNDS, skipWithin, this::reconcileRounds);
        } catch (RuntimeException failed) {
            if (!LockWaits.timedOut(failed)) {
                throw failed;
            }
            LOG.info("Review timers not reconciled here: another node has been reconciling them for longer than the"
                    + " database's lock timeout, and does the work");
            LOG.log(Level.FINE, "The lock wait that timed out", failed);
            return false;
        }
    }

    /** Runs under the lease, outside any transaction. */
    private void reconcileRounds() {
        Set<Integer> known = new HashSet<>();
        for (int number : schedule.roundNumbers()) {
            known.add(number);
            try {
                schedule.advance(number);
            } catch (RuntimeException failed) {
                // One round's trouble must not keep the others (or the server) from starting.
                LOG.log(
                        Level.SEVERE,
                        "Could not reconcile review round " + number + "; its timer will be set on the next change",
                        failed);
            }
        }
        for (Timer timer : timerService.getTimers()) {
            // Only round timers: the sweep's own timer carries no round.
            if (NumberedTimers.roundOf(timer, INFO_PREFIX)
                    .filter(number -> !known.contains(number))
                    .isPresent()) {
                NumberedTimers.cancel(timer);
            }
        }
    }

    /**
     * Runs outside a transaction so the schedule's own transaction can fail alone: then the round
     * gets a new timer a minute later, instead of the container dropping the timer after its retry
     * and leaving the round open past its end.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void windowInstantReached(Timer timer) {
        NumberedTimers.roundOf(timer, INFO_PREFIX)
                .ifPresent(number -> NumberedTimers.whileFiring(timer, () -> {
                    try {
                        schedule.advance(number);
                    } catch (RuntimeException failed) {
                        LOG.log(
                                Level.SEVERE,
                                "Review round " + number + " could not move on schedule; trying again in a minute",
                                failed);
                        timerService.createSingleActionTimer(
                                Date.from(Instant.now().plus(RETRY_AFTER)),
                                new TimerConfig(INFO_PREFIX + number, true));
                    }
                }));
    }

    @Override
    public void align(int roundNumber, Optional<Instant> instant) {
        boolean kept = false;
        for (Timer timer : NumberedTimers.others(timerService)) {
            if (NumberedTimers.roundOf(timer, INFO_PREFIX)
                    .filter(n -> n == roundNumber)
                    .isPresent()) {
                // The one timer already set for the right instant stays (the sweep aligns every round every few
                // minutes).
                if (!kept
                        && instant.isPresent()
                        && instant.get().truncatedTo(ChronoUnit.MILLIS).equals(NumberedTimers.nextTimeout(timer))) {
                    kept = true;
                } else {
                    NumberedTimers.cancel(timer);
                }
            }
        }
        if (!kept) {
            // A timer keeps milliseconds (java.util.Date), so that is what the comparison above reads back.
            instant.ifPresent(at -> timerService.createSingleActionTimer(
                    Date.from(at), new TimerConfig(INFO_PREFIX + roundNumber, true)));
        }
    }

    /** The instant of each round's timer, by round number: what is set now, for tests and operators to read. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Integer, Instant> scheduled() {
        Map<Integer, Instant> byRound = new TreeMap<>();
        timersByRound().forEach((number, instants) -> byRound.put(number, instants.get(0)));
        return byRound;
    }

    /** Every round timer's instant, by round number: more than one for a round would be a defect. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Integer, List<Instant>> timersByRound() {
        Map<Integer, List<Instant>> byRound = new TreeMap<>();
        for (Timer timer : timerService.getTimers()) {
            Instant at = NumberedTimers.nextTimeout(timer);
            // A timer that has just fired or been cancelled is no longer scheduled.
            if (at != null) {
                NumberedTimers.roundOf(timer, INFO_PREFIX)
                        .ifPresent(n -> byRound.computeIfAbsent(n, k -> new ArrayList<>())
                                .add(at));
            }
        }
        return byRound;
    }
}
