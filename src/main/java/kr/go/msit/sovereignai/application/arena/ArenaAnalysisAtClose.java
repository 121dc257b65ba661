package kr.go.msit.sovereignai.application.arena;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.rounds.RoundClosed;

/**
 * Analyses an arena round's votes as soon as its close commits (by the schedule or by an administrator), on a
 * container thread, so that the first visitor of its results does not wait for the fit and its bootstrap: that
 * visitor finds the analysis kept, or waits only for what is left of the one under way ({@link ArenaAnalysisCache}
 * computes a round once). A rating round has nothing to analyse.
 */
@ApplicationScoped
public class ArenaAnalysisAtClose {

    private static final Logger LOG = Logger.getLogger(ArenaAnalysisAtClose.class.getName());

    @Inject
    ArenaResults results;

    @Resource
    ManagedExecutorService executor;

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoundClosed closed) {
        if (executor == null) {
            return;
        }
        int round = closed.roundNumber();
        try {
            executor.execute(() -> {
                try {
                    results.analyseClosed(round);
                } catch (RuntimeException failure) {
                    // The first results request computes it instead (and shows the failure, if it persists).
                    LOG.log(Level.WARNING, "Analysing the arena of review " + round + " at its close failed", failure);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.info(() -> "Review " + round + "'s arena is analysed on its first request: " + shuttingDown);
        }
    }
}
