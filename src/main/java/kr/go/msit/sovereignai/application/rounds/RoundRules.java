package kr.go.msit.sovereignai.application.rounds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ComponentPoints;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.Rubric;
import kr.go.msit.sovereignai.domain.round.RubricCriterion;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;

/** Administrators set a round's rules: the points each component carries, the panels' rubrics and the benchmark plan. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoundRules {

    private final ReviewRoundRepository rounds;
    private final PanelRepository panels;
    private final Event<StateChange> changes;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public RoundRules(
            ReviewRoundRepository rounds,
            PanelRepository panels,
            Event<StateChange> changes,
            Clock clock,
            Principal caller) {
        this.rounds = rounds;
        this.panels = panels;
        this.changes = changes;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected RoundRules() {
        this(null, null, null, null, null);
    }

    /** A panel's rubric in a round. */
    public Rubric rubric(int roundNumber, Panel panel) {
        return rounds.require(roundNumber).rulebook().rubric(panel);
    }

    /** The points each component carries in a round. */
    public Map<Component, BigDecimal> componentPoints(int roundNumber) {
        return rounds.require(roundNumber).rulebook().componentPoints().points();
    }

    /**
     * Changes the points the round's components carry (their weights), only while the round is
     * scheduled. A panel whose rubric no longer adds up to its new points gets the default even
     * split (none at all when its component now carries 0); the change is recorded.
     */
    public void changeComponentPoints(int roundNumber, @NotNull Map<Component, BigDecimal> points) {
        ReviewRound round = rounds.require(roundNumber);
        ComponentPoints before = round.rulebook().componentPoints();
        round.changeComponentPoints(new ComponentPoints(points));
        changes.fire(new StateChange(
                AuditAction.COMPONENT_POINTS_CHANGED,
                "review " + roundNumber,
                before.points().toString(),
                round.rulebook().componentPoints().points().toString()));
    }

    /** A round's benchmark plan: its parts, their points and benchmarks. */
    public BenchmarkPlan benchmarkPlan(int roundNumber) {
        return rounds.require(roundNumber).rulebook().benchmarkPlan();
    }

    /**
     * Replaces a round's benchmark plan (its parts' points adding up to the benchmark points),
     * only while the round has not opened; the change is recorded.
     */
    public void changeBenchmarkPlan(int roundNumber, @NotNull BenchmarkPlan plan) {
        ReviewRound round = rounds.require(roundNumber);
        BenchmarkPlan before = round.rulebook().benchmarkPlan();
        round.changeBenchmarkPlan(plan);
        changes.fire(new StateChange(
                AuditAction.BENCHMARK_PLAN_CHANGED, "review " + roundNumber, before.describe(), plan.describe()));
    }

    /**
     * Replaces a panel's rubric. Free while the round is scheduled; once it has opened the rubric
     * is frozen, and a change needs a reason, keeps the number of lines, and is recorded.
     */
    public void changeRubric(int roundNumber, Panel panel, List<RubricCriterion> lines, String reason) {
        ReviewRound round = rounds.require(roundNumber);
        Rubric before = round.rulebook().rubric(panel);
        boolean sheetsSubmitted = panels.sheetsOf(round.getId()).stream()
                .anyMatch(s -> s.getPanel() == panel && s.getStatus() == SheetStatus.SUBMITTED);
        round.changeRubric(panel, lines, reason, sheetsSubmitted, caller.getName(), clock.instant());
        changes.fire(new StateChange(
                AuditAction.RUBRIC_CHANGED,
                "review " + roundNumber + " " + panel,
                before.describe(),
                round.rulebook().rubric(panel).describe()
                        + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")")));
    }
}
