package kr.go.msit.sovereignai.application.results;

import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkEntry;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * The tally inputs only administrators enter for a round under review: benchmark results,
 * eligibility decisions, and the order for otherwise unbreakable ties.
 */
@Stateless
public class TallyInputs {

    private static final int MAX_REASON = 1000;

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ResultRepository results;
    private final Event<StateChange> changes;
    private final Principal caller;
    private final Clock clock;

    @Inject
    public TallyInputs(ReviewRoundRepository rounds, TeamRepository teams, ResultRepository results,
            Event<StateChange> changes, Principal caller, Clock clock) {
        this.rounds = rounds;
        this.teams = teams;
        this.results = results;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected TallyInputs() {
        this(null, null, null, null, null, null);
    }

    /** The benchmark parts of a round, each with its points: review 1's split of the round's benchmark points. */
    @PermitAll
    public List<BenchmarkPart> benchmarkParts(int roundNumber) {
        return BenchmarkPart.defaultsFor(rounds.require(roundNumber).componentPoints().of(Component.BENCHMARK));
    }

    /** Enters a team's benchmark result: one achievement rate (percent of its declared target) per part. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void recordBenchmark(int roundNumber, long teamId, @NotNull List<BigDecimal> achievementRates) {
        ReviewRound round = underReview(roundNumber);
        Team team = competing(round, teamId);
        List<BenchmarkPart> parts = benchmarkParts(roundNumber);
        if (achievementRates.size() != parts.size()) {
            throw new DomainRuleViolation("benchmark.partCount");
        }
        List<BenchmarkEntry> entries = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            entries.add(BenchmarkEntry.of(parts.get(i), achievementRates.get(i)));
        }
        String before = describe(results.benchmarks(round.getId()).getOrDefault(teamId, List.of()));
        results.storeBenchmark(round.getId(), teamId, entries, caller.getName(), clock.instant());
        changes.fire(new StateChange(AuditAction.BENCHMARK_RECORDED, "review " + roundNumber + " team " + team.getCode(), before, describe(entries)));
    }

    /** Records that a team passes or fails the eligibility gate in a round, with the rationale. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void decideEligibility(int roundNumber, long teamId, boolean eligible, String rationale) {
        ReviewRound round = underReview(roundNumber);
        Team team = competing(round, teamId);
        EligibilityDecision decision = new EligibilityDecision(teamId, eligible, rationale, caller.getName(), clock.instant());
        EligibilityDecision before = results.eligibility(round.getId()).get(teamId);
        results.store(round.getId(), decision);
        changes.fire(new StateChange(AuditAction.ELIGIBILITY_DECIDED, "review " + roundNumber + " team " + team.getCode(),
                before == null ? null : describe(before), describe(decision)));
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
        if (!round.isBeingTallied()) {
            throw new DomainRuleViolation("tally.roundNotClosed", roundNumber);
        }
        Set<Long> competing = teams.competingIn(round).stream().map(Team::getId).collect(Collectors.toSet());
        teamIds.stream().filter(id -> !competing.contains(id)).findFirst().ifPresent(id -> {
            throw new DomainRuleViolation("tally.teamNotCompeting", id, roundNumber);
        });
        String before = round.getTieOrder().toString();
        round.decideTieOrder(teamIds);
        changes.fire(new StateChange(AuditAction.TIE_ORDER_DECIDED, "review " + roundNumber, before, teamIds + " reason: " + reason.strip()));
    }

    /**
     * A round whose inputs may be entered: open (benchmarks run during the window) or closed, but
     * not before it opens (its points per component may still change) and, once published, only
     * during a correction opened by an upheld objection.
     */
    private ReviewRound underReview(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.acceptsTallyInputs()) {
            throw new DomainRuleViolation(round.isPublished() ? "round.published.frozen" : "tally.roundNotStarted", roundNumber);
        }
        return round;
    }

    private Team competing(ReviewRound round, long teamId) {
        return teams.competingIn(round).stream().filter(t -> t.getId() == teamId).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("tally.teamNotCompeting", teamId, round.getNumber()));
    }

    private static String describe(List<BenchmarkEntry> entries) {
        return entries.isEmpty() ? null : entries.stream()
                .map(e -> e.part().label().en() + " " + e.achievementRate() + "% = " + e.points()).collect(Collectors.joining("; "));
    }

    private static String describe(EligibilityDecision decision) {
        return (decision.eligible() ? "PASS" : "FAIL") + ": " + decision.rationale();
    }
}
