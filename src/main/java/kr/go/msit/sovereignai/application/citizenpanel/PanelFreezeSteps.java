package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotConfigurable;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotFound;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsRule;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelStatus;
import kr.go.msit.sovereignai.domain.citizenpanel.QuotasInfeasible;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.sortition.Feasibility;
import kr.go.msit.sovereignai.domain.sortition.PoolEntry;
import kr.go.msit.sovereignai.domain.sortition.PoolFile;
import kr.go.msit.sovereignai.domain.sortition.Quotas;

/**
 * The transactional steps around the lottery's computation, each in its own transaction under the panel's row lock:
 * the freeze (pool, digest, feasibility), the commitment, and a quota change after the deadline. Each step checks
 * the panel's state first, so a timer and a sweep that both run it change the panel once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PanelFreezeSteps {

    private final ReviewRoundRepository rounds;
    private final CitizenPanelRepository panels;
    private final Event<StateChange> changes;
    private final Clock clock;

    @Inject
    public PanelFreezeSteps(
            ReviewRoundRepository rounds, CitizenPanelRepository panels, Event<StateChange> changes, Clock clock) {
        this.rounds = rounds;
        this.panels = panels;
        this.changes = changes;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected PanelFreezeSteps() {
        this(null, null, null, null);
    }

    /** The round numbers of every panel, with its deadline when its pool is not frozen yet (for the timers). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<PanelDeadline> panels() {
        var byId = rounds.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(ReviewRound::getId, ReviewRound::getNumber));
        return panels.findAll().stream()
                .filter(p -> byId.containsKey(p.getRoundId()))
                .map(p -> new PanelDeadline(
                        byId.get(p.getRoundId()),
                        p.isFrozen() ? Optional.empty() : Optional.of(p.getVolunteeringDeadline())))
                .toList();
    }

    /** A panel's round and, while its pool is not frozen, its deadline. */
    public record PanelDeadline(int roundNumber, Optional<Instant> deadline) {}

    /**
     * Freezes the pool when the deadline has come (pool, digest, feasibility; audited), and returns what the
     * lottery's computation needs when the frozen pool can meet the quotas and the lottery is not committed yet.
     */
    public Optional<PanelLottery.Input> freezeIfDue(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        Optional<CitizenPanel> found = panels.lockByRound(round.getId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CitizenPanel panel = found.get();
        if (round.isCancelled()) {
            // A cancelled round is not held: its panel is left as it is (the administrator may abandon it).
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (panel.isDueToFreezeAt(now)) {
            String before = panel.describe();
            panels.freezePool(panel.getId());
            for (var volunteer : panels.pool(panel.getId())) {
                if (!volunteer.isTypableIn(PanelReading.SPACE, panel.getVolunteeringDeadline())) {
                    volunteer.leavePool();
                }
            }
            List<PoolEntry> entries = PanelFiles.poolEntries(panel, panels.pool(panel.getId()));
            String poolCsv = PoolFile.csv(PanelReading.SPACE, entries);
            Feasibility feasibility = Feasibility.check(PanelReading.quotas(panel), PanelFiles.typePool(entries));
            panel.freeze(entries.size(), PoolFile.digest(poolCsv), now, feasibility.feasible());
            changes.fire(new StateChange(
                    AuditAction.PANEL_POOL_FROZEN,
                    PanelAdministration.subject(roundNumber),
                    before,
                    panel.describe()
                            + (feasibility.feasible()
                                    ? ""
                                    : " conflicts "
                                            + PanelReading.conflictLines(feasibility).stream()
                                                    .map(PanelReading::describe)
                                                    .toList())));
        }
        if (!panel.awaitsLottery() || !panel.commitsInTimeAt(now)) {
            // Once the declared draw's time has come no commitment may be made: the panel waits, uncommitted, for
            // the administrator (who may abandon it); nothing is retried.
            return Optional.empty();
        }
        return Optional.of(input(roundNumber, panel, PanelReading.quotas(panel)));
    }

    private PanelLottery.Input input(int roundNumber, CitizenPanel panel, Quotas quotas) {
        List<PoolEntry> entries = PanelFiles.poolEntries(panel, panels.pool(panel.getId()));
        String poolCsv = PoolFile.csv(PanelReading.SPACE, entries);
        return new PanelLottery.Input(
                roundNumber,
                quotas,
                PanelFiles.typePool(entries),
                poolCsv,
                panel.poolDigest().orElseThrow(),
                panel.seedSource());
    }

    /** Commits the computed lottery, if the panel still awaits it for the same pool (audited). */
    public void commit(int roundNumber, PanelLottery.Input input, PanelLottery.Result result) {
        CitizenPanel panel = locked(roundNumber);
        Instant now = clock.instant();
        if (!panel.awaitsLottery()
                || !panel.poolDigest().orElse("").equals(input.poolDigest())
                || !panel.commitsInTimeAt(now)) {
            // Too late (the computation ran into the declared draw's time): left uncommitted for the administrator.
            return;
        }
        String before = panel.describe();
        panel.commit(
                roundNumber,
                result.tableCsv(),
                result.probabilities(),
                result.commitment(),
                result.computeMillis(),
                now);
        changes.fire(new StateChange(
                AuditAction.PANEL_LOTTERY_COMMITTED,
                PanelAdministration.subject(roundNumber),
                before,
                panel.describe() + " computed in " + result.computeMillis() + " ms"));
    }

    /** The solver found the quotas infeasible although the check did not: the panel waits for new quotas. */
    public void markInfeasible(int roundNumber, String digest) {
        CitizenPanel panel = locked(roundNumber);
        if (panel.awaitsLottery() && panel.poolDigest().orElse("").equals(digest)) {
            String before = panel.describe();
            panel.infeasible();
            changes.fire(new StateChange(
                    AuditAction.PANEL_INFEASIBLE, PanelAdministration.subject(roundNumber), before, panel.describe()));
        }
    }

    /**
     * Checks new quotas for a frozen pool that could not meet the old ones: only an INFEASIBLE panel
     * ({@code PanelNotConfigurable}), quotas in their rules ({@code PanelSettingsInvalid}) that the pool can meet
     * ({@code QuotasInfeasible}, with the conflicts). Changes nothing; returns the computation's input.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    @RolesAllowed(Role.ADMIN_NAME)
    public PanelLottery.Input prepareQuotaChange(int roundNumber, int[][] quotas) {
        CitizenPanel panel = locked(roundNumber);
        if (panel.getStatus() != PanelStatus.INFEASIBLE) {
            throw new PanelNotConfigurable(roundNumber);
        }
        panel.requireCommitmentInTimeAt(roundNumber, clock.instant());
        PanelSettingsRule.checkQuotas(PanelReading.SPACE, panel.getPanelSize(), quotas);
        Quotas proposed = new Quotas(PanelReading.SPACE, panel.getPanelSize(), quotas);
        PanelLottery.Input input = input(roundNumber, panel, proposed);
        Feasibility feasibility = Feasibility.check(proposed, input.pool());
        if (!feasibility.feasible()) {
            throw new QuotasInfeasible(
                    roundNumber,
                    PanelReading.conflictLines(feasibility).stream()
                            .map(PanelReading::describe)
                            .toList());
        }
        return input;
    }

    /** Stores the new quotas and commits their lottery, if the panel is still infeasible with the same pool. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void commitQuotaChange(int roundNumber, PanelLottery.Input input, PanelLottery.Result result) {
        CitizenPanel panel = locked(roundNumber);
        if (panel.getStatus() != PanelStatus.INFEASIBLE
                || !panel.poolDigest().orElse("").equals(input.poolDigest())) {
            throw new PanelNotConfigurable(roundNumber);
        }
        Instant now = clock.instant();
        panel.requireCommitmentInTimeAt(roundNumber, now);
        String before = panel.describe();
        panel.changeQuotas(roundNumber, input.quotas().perValue());
        panel.commit(
                roundNumber,
                result.tableCsv(),
                result.probabilities(),
                result.commitment(),
                result.computeMillis(),
                now);
        changes.fire(new StateChange(
                AuditAction.PANEL_QUOTAS_CHANGED,
                PanelAdministration.subject(roundNumber),
                before,
                panel.describe() + " computed in " + result.computeMillis() + " ms"));
    }

    /** The panel as it is committed now (after a step). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PanelViews.PanelView view(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        CitizenPanel panel = panels.findByRound(round.getId()).orElseThrow(() -> new PanelNotFound(roundNumber));
        return PanelReading.view(roundNumber, panel, panels);
    }

    private CitizenPanel locked(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        return panels.lockByRound(round.getId()).orElseThrow(() -> new PanelNotFound(roundNumber));
    }
}
