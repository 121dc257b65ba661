package kr.go.msit.sovereignai.application.arena;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.audit.AuditAction;

/**
 * Analyses an arena round's votes as soon as its close commits (by the schedule or by an administrator), on a
 * container thread, so that the first visitor of its results does not wait for the fit and its bootstrap: that
 * visitor finds the analysis kept, or waits only for what is left of the one under way ({@link ArenaAnalysisCache}
 * computes a round once). A rating round has nothing to analyse.
 */
@ApplicationScoped
public class ArenaAnalysisAtClose {

    private static final Logger LOG = Logger.getLogger(ArenaAnalysisAtClose.class.getName());

    /** The subject every round's audit entry names ({@code "review " + number}). */
    private static final Pattern ROUND_SUBJECT = Pattern.compile("review (\\d+)");

    @Inject
    ArenaResults results;

    @Resource
    ManagedExecutorService executor;

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StateChange change) {
        if (change.action() != AuditAction.ROUND_CLOSED_EARLY
                && change.action() != AuditAction.ROUND_CLOSE_BY_SCHEDULE) {
            return;
        }
        Optional<Integer> round = roundNumber(change.subject());
        if (round.isEmpty() || executor == null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    results.analyseClosed(round.get());
                } catch (RuntimeException failure) {
                    // The first results request computes it instead (and shows the failure, if it persists).
                    LOG.log(
                            Level.WARNING,
                            "Analysing the arena of review " + round.get() + " at its close failed",
                            failure);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.info(() -> "Review " + round.get() + "'s arena is analysed on its first request: " + shuttingDown);
        }
    }

    /** The round number of an audit subject {@code "review N"}. */
    static Optional<Integer> roundNumber(String subject) {
        Matcher matcher = ROUND_SUBJECT.matcher(subject == null ? "" : subject);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
