package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.results.ResultViews.BenchmarkSheet;
import kr.go.msit.sovereignai.application.results.ResultViews.OverrideView;
import kr.go.msit.sovereignai.application.results.ResultViews.TeamBenchmarkView;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkInputRefused;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * The tally inputs only administrators enter for a round: the teams' declared benchmark targets
 * (before it opens; overrides after) and measured scores, eligibility decisions, and the order for otherwise unbreakable ties.
 */
@Stateless
public class TallyInputs {

    private static final int MAX_REASON = 1000;

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ResultRepository results;
    private final BenchmarkRepository benchmarks;
    private final Event<StateChange> changes;
    private final Principal caller;
    private final Clock clock;

    @Inject
    public TallyInputs(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            ResultRepository results,
            BenchmarkRepository benchmarks,
            Event<StateChange> changes,
            Principal caller,
            Clock clock) {
        this.rounds = rounds;
        this.teams = teams;
        this.results = results;
        this.benchmarks = benchmarks;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected TallyInputs() {
        this(null, null, null, null, null, null, null);
    }

    /** A team's target on one benchmark as typed: the benchmark's name for a team-chosen one, the score, the target model. */
    public record TargetInput(BenchmarkSlot slot, String benchmarkName, BigDecimal target, String targetModel)
            implements Serializable {}

    /** A team's measured score on one benchmark as typed. */
    public record MeasuredInput(BenchmarkSlot slot, BigDecimal measured) implements Serializable {}

    /** A round's benchmarks as the administrator works on them: the plan, every competing team's figures, the overrides. */
    @RolesAllowed(Role.ADMIN_NAME)
    public BenchmarkSheet benchmarkSheet(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        BenchmarkPlan plan = round.rulebook().benchmarkPlan();
        List<Team> competing = teams.competingIn(round);
        Map<Long, TeamBenchmarks> scored =
                plan.scoreTeams(competing.stream().map(Team::getId).toList(), benchmarks.ofRound(round.getId()));
        Map<Long, LocalizedText> names = competing.stream().collect(Collectors.toMap(Team::getId, Team::getName));
        List<OverrideView> overrides = benchmarks.overrides(round.getId()).stream()
                .map(o -> new OverrideView(
                        names.getOrDefault(o.teamId(), LocalizedText.of("#" + o.teamId(), null)),
                        o.slot().part() < plan.parts().size()
                                ? plan.parts().get(o.slot().part()).label()
                                : LocalizedText.of("—", null),
                        o.reason(),
                        o.before(),
                        o.after(),
                        o.changedBy(),
                        o.changedAt()))
                .toList();
        return new BenchmarkSheet(
                roundNumber,
                round.getStatus(),
                plan,
                !round.hasOpened(),
                round.hasOpened(),
                !round.isResultSettled(),
                round.acceptsTallyInputs(),
                competing.stream()
                        .map(t -> new TeamBenchmarkView(t.getId(), t.getName(), scored.get(t.getId())))
                        .toList(),
                overrides);
    }

    /**
     * Records a team's declared targets (blank ones are left as they are). Before the round opens
     * they are free; once it has opened a change needs a reason and is kept as an override. All
     * or nothing: one refused target stores none.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void declareTargets(int roundNumber, long teamId, @NotNull List<TargetInput> targets, String reason) {
        ReviewRound round = rounds.require(roundNumber);
        // Locked: a target either lands before a publication in flight (and is published) or sees the round published.
        rounds.lock(round);
        if (round.isResultSettled()) {
            throw new DomainRuleViolation("round.published.frozen", roundNumber);
        }
        Team team = competing(round, teamId);
        Map<BenchmarkSlot, TeamBenchmark> earlierDeclared = ofTeam(round, teamId);
        List<TeamBenchmark.Declaration> declared = new ArrayList<>();
        BenchmarkPlan plan = round.rulebook().benchmarkPlan();
        for (TargetInput input : targets) {
            // Left blank: left as it is (a team-chosen benchmark's name alone still asks for its target).
            boolean named = plan.partOf(input.slot()).kind() == BenchmarkKind.TEAM_CHOSEN
                    && input.benchmarkName() != null
                    && !input.benchmarkName().isBlank();
            if (input.target() == null && !named) {
                continue;
            }
            TeamBenchmark.Declaration declaration = TeamBenchmark.declare(
                    round,
                    earlierDeclared.get(input.slot()),
                    teamId,
                    input.slot(),
                    input.benchmarkName(),
                    input.target(),
                    input.targetModel(),
                    reason,
                    caller.getName(),
                    clock.instant());
            if (declaration != null) {
                declared.add(declaration);
            }
        }
        if (declared.isEmpty()) {
            throw new DomainRuleViolation("benchmark.target.nothingChanged");
        }
        // One audit entry for the team: declarations before opening, or overrides (with the reason) after; never both
        // at once.
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TeamBenchmark.Declaration declaration : declared) {
            TeamBenchmark earlier = earlierDeclared.get(declaration.declared().slot());
            benchmarks.store(round.getId(), declaration.declared(), caller.getName(), clock.instant());
            if (declaration.override() != null) {
                benchmarks.keep(round.getId(), declaration.override());
            }
            before.add(earlier == null ? "—" : describe(plan, earlier));
            after.add(describe(plan, declaration.declared()));
        }
        boolean overridden = declared.get(0).override() != null;
        changes.fire(new StateChange(
                overridden ? AuditAction.BENCHMARK_TARGET_OVERRIDDEN : AuditAction.BENCHMARK_TARGET_DECLARED,
                "review " + roundNumber + " team " + team.getCode(),
                String.join("; ", before),
                String.join("; ", after)
                        + (overridden ? " reason: " + declared.get(0).override().reason() : "")));
    }

    /**
     * Enters a team's measured scores (blank ones are left as they are) while the round is under
     * review; each needs a declared target. All or nothing.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void recordMeasuredScores(int roundNumber, long teamId, @NotNull List<MeasuredInput> scores) {
        ReviewRound round = underReview(roundNumber);
        Team team = competing(round, teamId);
        BenchmarkPlan plan = round.rulebook().benchmarkPlan();
        Map<BenchmarkSlot, TeamBenchmark> before = ofTeam(round, teamId);
        List<TeamBenchmark> measured = new ArrayList<>();
        for (MeasuredInput input : scores) {
            if (input.measured() == null) {
                continue;
            }
            plan.partOf(input.slot());
            TeamBenchmark declared = before.get(input.slot());
            if (declared == null) {
                throw new BenchmarkInputRefused(
                        input.slot(),
                        BenchmarkInputRefused.Field.MEASURED,
                        new DomainRuleViolation("benchmark.measured.targetFirst"));
            }
            TeamBenchmark after = declared.measure(input.measured());
            if (declared.measured() == null || declared.measured().compareTo(after.measured()) != 0) {
                measured.add(after);
            }
        }
        if (measured.isEmpty()) {
            throw new DomainRuleViolation("benchmark.measured.nothingChanged");
        }
        List<String> earlier = new ArrayList<>();
        for (TeamBenchmark after : measured) {
            TeamBenchmark previous = before.get(after.slot());
            earlier.add(previous.measured() == null ? "—" : describe(plan, previous));
            benchmarks.store(round.getId(), after, caller.getName(), clock.instant());
        }
        changes.fire(new StateChange(
                AuditAction.BENCHMARK_RECORDED,
                "review " + roundNumber + " team " + team.getCode(),
                String.join("; ", earlier),
                measured.stream().map(b -> describe(plan, b)).collect(Collectors.joining("; "))));
    }

    private Map<BenchmarkSlot, TeamBenchmark> ofTeam(ReviewRound round, long teamId) {
        Map<BenchmarkSlot, TeamBenchmark> bySlot = new HashMap<>();
        benchmarks.ofRound(round.getId()).stream()
                .filter(b -> b.teamId() == teamId)
                .forEach(b -> bySlot.put(b.slot(), b));
        return bySlot;
    }

    private static String describe(BenchmarkPlan plan, TeamBenchmark benchmark) {
        BenchmarkPart part = plan.partOf(benchmark.slot());
        String name = benchmark.chosenName() != null
                ? benchmark.chosenName()
                : part.benchmarks().get(benchmark.slot().position());
        return part.label().en() + " / " + name + ": " + benchmark.describeTarget()
                + (benchmark.measured() == null
                        ? ""
                        : ", measured " + benchmark.measured().toPlainString() + " = " + benchmark.achievement() + "%");
    }

    /** Records that a team passes or fails the eligibility gate in a round, with the rationale. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void decideEligibility(int roundNumber, long teamId, boolean eligible, String rationale) {
        ReviewRound round = underReview(roundNumber);
        Team team = competing(round, teamId);
        EligibilityDecision decision =
                new EligibilityDecision(teamId, eligible, rationale, caller.getName(), clock.instant());
        EligibilityDecision before = results.eligibility(round.getId()).get(teamId);
        results.store(round.getId(), decision);
        changes.fire(new StateChange(
                AuditAction.ELIGIBILITY_DECIDED,
                "review " + roundNumber + " team " + team.getCode(),
                before == null ? null : describe(before),
                describe(decision)));
    }

    /** Records the order an administrator decided for teams that tie on every criterion, with the reason. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void decideTieOrder(int roundNumber, @NotNull List<Long> teamIds, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("tally.tieOrder.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainRuleViolation("tally.tieOrder.reasonTooLong", MAX_REASON);
        }
        ReviewRound round = rounds.require(roundNumber);
        rounds.lock(round);
        if (!round.isBeingTallied()) {
            throw new DomainRuleViolation("tally.roundNotClosed", roundNumber);
        }
        Set<Long> competing = teams.competingIn(round).stream().map(Team::getId).collect(Collectors.toSet());
        teamIds.stream().filter(id -> !competing.contains(id)).findFirst().ifPresent(id -> {
            throw new DomainRuleViolation("tally.teamNotCompeting", id, roundNumber);
        });
        String before = round.announcement().tieOrder().toString();
        round.decideTieOrder(teamIds);
        changes.fire(new StateChange(
                AuditAction.TIE_ORDER_DECIDED,
                "review " + roundNumber,
                before,
                teamIds + " reason: " + reason.strip()));
    }

    /**
     * A round whose inputs may be entered: open (benchmarks run during the window) or closed, but
     * not before it opens (its points per component may still change) and, once published, only
     * during a correction opened by an upheld objection. Read under the round's lock.
     */
    private ReviewRound underReview(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        // Locked, as publication locks it: an input either lands before a publication in flight (and is
        // published) or sees the round published; it never lands just after, in no version.
        rounds.lock(round);
        if (!round.acceptsTallyInputs()) {
            throw new DomainRuleViolation(
                    round.isPublished() ? "round.published.frozen" : "tally.roundNotStarted", roundNumber);
        }
        return round;
    }

    private Team competing(ReviewRound round, long teamId) {
        return teams.competingIn(round).stream()
                .filter(t -> t.getId() == teamId)
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("tally.teamNotCompeting", teamId, round.getNumber()));
    }

    private static String describe(EligibilityDecision decision) {
        return (decision.eligible() ? "PASS" : "FAIL") + ": " + decision.rationale();
    }
}
