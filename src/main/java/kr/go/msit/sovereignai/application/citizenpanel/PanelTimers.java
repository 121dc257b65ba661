package kr.go.msit.sovereignai.application.citizenpanel;

import java.time.Instant;

/**
 * The timer that freezes a panel's pool at its volunteering deadline (a persistent EJB timer, rolled back with the
 * transaction that set it). The freeze itself decides from the database whether it is due, so a timer that fires
 * twice, late or after a restart changes nothing more than one on time.
 */
public interface PanelTimers {

    /** Leaves the round's panel with one timer, at its deadline. */
    void align(int roundNumber, Instant deadline);
}
