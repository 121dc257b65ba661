package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.ejb.EJBException;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the review timers and the panel timers share: a timer whose info is a prefix and a round number, read and
 * cancelled safely while it may fire or be cancelled by another thread.
 */
final class NumberedTimers {

    private static final Logger LOG = Logger.getLogger(NumberedTimers.class.getName());

    /** The timer whose timeout this thread runs, if any. */
    private static final ThreadLocal<Timer> FIRING = new ThreadLocal<>();

    private NumberedTimers() {}

    /** Runs a timer's timeout, marking the timer as firing on this thread for {@link #others}. */
    static void whileFiring(Timer timer, Runnable timeout) {
        FIRING.set(timer);
        try {
            timeout.run();
        } finally {
            FIRING.remove();
        }
    }

    /**
     * The service's timers a change may read or cancel: all but the one whose timeout this thread runs. In a cluster
     * a firing timer is locked until its timeout returns (distributable timers), so reading it from its own timeout
     * waits for itself and fails after the lock timeout (the round stayed open); it is gone when its timeout returns.
     */
    static List<Timer> others(TimerService service) {
        Timer firing = FIRING.get();
        return service.getTimers().stream()
                .filter(timer -> firing == null || !timer.equals(firing))
                .toList();
    }

    /** When the timer fires next, or null when it has just fired or been cancelled. */
    static Instant nextTimeout(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant();
        } catch (EJBException expired) {
            return null;
        }
    }

    /** The round number a timer carries after the prefix, or empty for another kind of timer. */
    static Optional<Integer> roundOf(Timer timer, String prefix) {
        try {
            Serializable info = timer.getInfo();
            if (info instanceof String text && text.startsWith(prefix)) {
                return Optional.of(Integer.parseInt(text.substring(prefix.length())));
            }
        } catch (EJBException | NumberFormatException unreadable) {
            LOG.log(Level.WARNING, "Ignoring a timer whose info is not " + prefix + "<number>", unreadable);
        }
        return Optional.empty();
    }

    static void cancel(Timer timer) {
        try {
            timer.cancel();
        } catch (EJBException alreadyGone) {
            // The timer fired or was cancelled meanwhile (NoSuchObjectLocalException): nothing to cancel.
        }
    }
}
