package kr.go.msit.sovereignai.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The timers that wake the review schedule at the instants of rounds' windows. The schedule
 * decides what happens; the timers only say when to look. Implemented with persistent EJB
 * timers, so changes made in a transaction that rolls back are rolled back too.
 */
public interface ReviewTimers {

    /** Leaves the round with one timer, at {@code instant}, or none when it is empty. */
    void align(int roundNumber, Optional<Instant> instant);

    /** The instant of each round's timer, by round number. */
    Map<Integer, Instant> scheduled();
}
