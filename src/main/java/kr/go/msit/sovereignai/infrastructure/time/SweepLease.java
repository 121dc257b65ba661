package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import kr.go.msit.sovereignai.infrastructure.persistence.PlatformSettings;

/**
 * Keeps a timer reconciliation to one node at a time across the cluster, by the database and not by the timer
 * service: a row per sweep in {@code platform_setting} (V27) is locked with {@code SELECT ... FOR UPDATE} for the whole
 * reconciliation and holds the instant the last one started. Two nodes starting at once reconcile one after the
 * other (the second finds the timers aligned); a periodic sweep is skipped when another node's started less than
 * {@code skipWithin} ago. The work itself runs outside the lease's transaction (which stays open, suspended, holding
 * the row lock), so each of its steps still commits or fails alone.
 */
@Stateless
public class SweepLease {

    /** The review rounds' reconciliation ({@link EjbReviewTimers}). */
    public static final String REVIEW_ROUNDS = "timers.sweep.review";

    /** The citizens' panels' reconciliation ({@link EjbPanelTimers}). */
    public static final String CITIZEN_PANELS = "timers.sweep.panel";

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Runs {@code work} under the lease {@code key}, after any other holder has finished, unless a run under it started
     * less than {@code skipWithin} ago (either way round, so a clock a little behind another node's counts too);
     * {@link Duration#ZERO} never skips. Returns whether the work ran. A lock wait that times out (another node holds
     * the lease for longer than the database's lock timeout) throws; {@link LockWaits#timedOut} recognises it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runAlone(String key, Duration skipWithin, Runnable work) {
        String last = settings.lock(key);
        Instant now = clock.instant();
        if (startedWithin(last, now, skipWithin)) {
            return false;
        }
        context.getBusinessObject(SweepLease.class).outsideTransaction(work);
        settings.put(key, now.toString());
        return true;
    }

    /** For {@link #runAlone} only: the work with the lease's transaction suspended (its row lock stays held). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void outsideTransaction(Runnable work) {
        work.run();
    }

    static boolean startedWithin(String last, Instant now, Duration within) {
        if (within.isZero() || within.isNegative()) {
            return false;
        }
        try {
            return Duration.between(Instant.parse(last), now).abs().compareTo(within) < 0;
        } catch (DateTimeParseException never) {
            return false; // 'never' (V27): no run recorded yet
        }
    }
}
