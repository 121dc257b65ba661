package kr.go.msit.sovereignai.application.rounds;

import java.time.Instant;
import java.util.Optional;

/**
 * The timers that wake the review schedule at the instants of rounds' windows. The schedule
 * decides what happens; the timers only say when to look. Implemented with persistent EJB
 * timers, so changes made in a transaction that rolls back are rolled back too.
 */
public interface ReviewTimers {

    /** Leaves the round with one timer, at {@code instant}, or none when it is empty. */
    void align(int roundNumber, Optional<Instant> instant);
}
