package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.citizenpanel.PanelFreeze;
import kr.go.msit.sovereignai.application.citizenpanel.PanelFreezeSteps.PanelDeadline;
import kr.go.msit.sovereignai.application.citizenpanel.PanelTimers;

/**
 * Persistent, programmatic EJB timers, one per citizens' panel whose pool is not frozen yet, at its volunteering
 * deadline ({@link #INFO_PREFIX}{@code N}). When one fires, {@link PanelFreeze} decides from the database whether the
 * freeze is due. At start-up ({@link PanelTimersStartup}) and every few minutes ({@link #sweep}) every panel is
 * brought up to date: a deadline passed while the server was down freezes then, an interrupted computation is
 * finished, and the timers are made to match the panels. As the review timers', a reconciliation runs on one node at a
 * time under a database lease ({@link SweepLease}), and the periodic sweep once per period across the nodes.
 */
@Singleton
@LocalBean
@Local(PanelTimers.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EjbPanelTimers implements PanelTimers {

    static final String INFO_PREFIX = "citizen-panel:";
    static final String SWEEP_INFO = "citizen-panel-sweep";
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(EjbPanelTimers.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    PanelFreeze freeze;

    @Inject
    SweepLease lease;

    /** The safety net, as the review schedule's sweep: not persistent, every node's start creates it afresh. */
    @Schedule(minute = "*/" + EjbReviewTimers.SWEEP_MINUTES, hour = "*", persistent = false, info = SWEEP_INFO)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        sweepIfDue();
    }

    /** The periodic sweep: reconciles unless another node did within the period or is doing it now; whether it did. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean sweepIfDue() {
        return underLease(EjbReviewTimers.SWEPT_RECENTLY);
    }

    /**
     * Freezes what is due, finishes interrupted computations and aligns every panel's timer; idempotent. Waits for a
     * reconciliation running on another node to end, then runs; false only when that wait timed out.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean reconcile() {
        return underLease(Duration.ZERO);
    }

    private boolean underLease(Duration skipWithin) {
        try {
            return lease.runAlone(SweepLease.CITIZEN_PANELS, skipWithin, this::reconcilePanels);
        } catch (RuntimeException failed) {
            if (!LockWaits.timedOut(failed)) {
                throw failed;
            }
            LOG.info("Panel timers not reconciled here: another node has been reconciling them for longer than the"
                    + " database's lock timeout, and does the work");
            LOG.log(Level.FINE, "The lock wait that timed out", failed);
            return false;
        }
    }

    /** Runs under the lease, outside any transaction. */
    private void reconcilePanels() {
        Map<Integer, Optional<Instant>> deadlines = new HashMap<>();
        for (PanelDeadline panel : freeze.panels()) {
            try {
                freeze.runDue(panel.roundNumber());
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "Could not freeze the panel of review " + panel.roundNumber(), failed);
            }
            deadlines.put(panel.roundNumber(), panel.deadline());
        }
        for (PanelDeadline panel : freeze.panels()) {
            align(panel.roundNumber(), panel.deadline().orElse(null));
        }
        for (Timer timer : timerService.getTimers()) {
            if (NumberedTimers.roundOf(timer, INFO_PREFIX)
                    .filter(n -> !deadlines.containsKey(n))
                    .isPresent()) {
                NumberedTimers.cancel(timer);
            }
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deadlineReached(Timer timer) {
        NumberedTimers.roundOf(timer, INFO_PREFIX)
                .ifPresent(number -> NumberedTimers.whileFiring(timer, () -> {
                    try {
                        freeze.runDue(number);
                    } catch (RuntimeException failed) {
                        LOG.log(
                                Level.SEVERE,
                                "The panel of review " + number + " could not be frozen; trying again in a minute",
                                failed);
                        timerService.createSingleActionTimer(
                                Date.from(Instant.now().plus(RETRY_AFTER)),
                                new TimerConfig(INFO_PREFIX + number, true));
                    }
                }));
    }

    /** Leaves the round's panel with one timer at {@code deadline}, or none when it is null (frozen). */
    @Override
    public void align(int roundNumber, Instant deadline) {
        boolean kept = false;
        for (Timer timer : NumberedTimers.others(timerService)) {
            if (NumberedTimers.roundOf(timer, INFO_PREFIX)
                    .filter(n -> n == roundNumber)
                    .isPresent()) {
                if (!kept
                        && deadline != null
                        && deadline.truncatedTo(ChronoUnit.MILLIS).equals(NumberedTimers.nextTimeout(timer))) {
                    kept = true;
                } else {
                    NumberedTimers.cancel(timer);
                }
            }
        }
        if (!kept && deadline != null) {
            timerService.createSingleActionTimer(Date.from(deadline), new TimerConfig(INFO_PREFIX + roundNumber, true));
        }
    }

    /** The instant of each panel's timer, by round number (for tests and operators). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Integer, Instant> scheduled() {
        Map<Integer, Instant> byRound = new HashMap<>();
        for (Timer timer : timerService.getTimers()) {
            Instant at = NumberedTimers.nextTimeout(timer);
            if (at != null) {
                NumberedTimers.roundOf(timer, INFO_PREFIX).ifPresent(n -> byRound.put(n, at));
            }
        }
        return byRound;
    }
}
