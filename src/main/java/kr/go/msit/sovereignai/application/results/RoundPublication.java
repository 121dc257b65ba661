package kr.go.msit.sovereignai.application.results;

import kr.go.msit.sovereignai.application.arena.ArenaResults;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.results.ResultViews.Blocker;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.ResultViews.TeamInput;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.RoundResult;
import kr.go.msit.sovereignai.domain.tally.Tally;
import kr.go.msit.sovereignai.domain.tally.TeamInputs;
import kr.go.msit.sovereignai.domain.tally.TeamResult;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * From a closed round to its published result: the provisional tally with what still blocks
 * publication, and publication, which settles the teams' statuses, keeps the result as announced,
 * starts the objection period and moves the schedule on.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoundPublication {

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final PanelRepository panels;
    private final ResultRepository results;
    private final BenchmarkRepository benchmarks;
    private final ProgrammeRepository programmes;
    private final PublicEvaluation publicEvaluation;
    private final ArenaResults arenaResults;
    private final ReviewSchedule schedule;
    private final RoundResults publishedResults;
    private final ObjectionPeriod objectionPeriod;
    private final ObjectionRepository objectionsOf;
    private final Event<StateChange> changes;
    private final Clock clock;

    @Inject
    public RoundPublication(ReviewRoundRepository rounds, TeamRepository teams, PanelRepository panels,
            ResultRepository results, BenchmarkRepository benchmarks, ProgrammeRepository programmes, PublicEvaluation publicEvaluation,
            ArenaResults arenaResults, ReviewSchedule schedule, RoundResults publishedResults, ObjectionPeriod objectionPeriod,
            ObjectionRepository objectionsOf, Event<StateChange> changes, Clock clock) {
        this.rounds = rounds;
        this.teams = teams;
        this.panels = panels;
        this.results = results;
        this.benchmarks = benchmarks;
        this.programmes = programmes;
        this.publicEvaluation = publicEvaluation;
        this.arenaResults = arenaResults;
        this.schedule = schedule;
        this.publishedResults = publishedResults;
        this.objectionPeriod = objectionPeriod;
        this.objectionsOf = objectionsOf;
        this.changes = changes;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RoundPublication() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The tally of a closed round as it would be published now, with what still blocks publication. */
    public ProvisionalTally provisionalTally(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.hasClosed()) {
            throw new DomainRuleViolation("tally.roundNotClosed", roundNumber);
        }
        return tally(round);
    }

    /**
     * Publishes a closed round's result: the teams' statuses change, the result is kept as
     * announced (whole, whatever {@code disclosure} names: what is withheld is released at the end
     * of the objection period), the objection period starts, and the schedule moves on to the next round.
     */
    public PublishedResults publish(int roundNumber, Disclosure disclosure) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.awaitsPublication()) {
            throw new DomainRuleViolation("round.publish.notClosed", roundNumber, round.getStatus());
        }
        Computed computed = publishable(round);
        List<PublishedLine> lines = new ArrayList<>();
        for (TeamResult result : computed.result().teams()) {
            Team team = computed.teams().get(result.teamId());
            lines.add(new PublishedLine(team.getName(), result));
            team.settle(result.outcome().teamStatus());
        }
        String before = round.describe();
        round.publish(clock.instant(), objectionPeriod.length(), disclosure);
        results.storePublished(round.getId(), new ResultVersion(round.announcement().resultVersion(), round.announcement().publishedAt(), null), lines);
        changes.fire(new StateChange(AuditAction.ROUND_PUBLISHED, "review " + roundNumber, before, "disclosure " + disclosure
                + (round.announcement().withholdsFiguresAt(clock.instant()) ? " (the other ranks and figures withheld until " + round.announcement().objectionEndsAt() + ")" : "")
                + ": " + summary(lines)));
        schedule.afterPublication(round);
        return publishedResults.asAnnounced(round.getNumber());
    }

    /**
     * Republishes a round's result after an upheld objection's correction: the tally is computed again
     * from the corrected inputs and kept as a new version beside the earlier ones, with the reason; the
     * teams' statuses follow the new version, and the upheld objections record the version that corrected them.
     */
    public PublishedResults republish(int roundNumber, String reason) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.acceptsCorrections()) {
            throw new DomainRuleViolation("results.republish.noCorrection", roundNumber);
        }
        ResultVersion corrected = new ResultVersion(round.announcement().resultVersion() + 1, clock.instant(), reason);
        Computed computed = publishable(round);
        Map<Long, Outcome> earlier = results.published(round.getId()).stream()
                .collect(Collectors.toMap(l -> l.result().teamId(), l -> l.result().outcome()));
        List<PublishedLine> lines = new ArrayList<>();
        for (TeamResult result : computed.result().teams()) {
            Team team = computed.teams().get(result.teamId());
            lines.add(new PublishedLine(team.getName(), result));
            Outcome was = earlier.get(result.teamId());
            if (was != null) {
                team.correctOutcome(was.teamStatus(), result.outcome().teamStatus());
            }
        }
        String before = "version " + round.announcement().resultVersion() + ": " + summary(results.published(round.getId()));
        int version = round.republish();
        results.storePublished(round.getId(), corrected, lines);
        objectionsOf.ofRound(round.getId()).stream().filter(Objection::awaitsCorrection).forEach(o -> o.correctedIn(version));
        changes.fire(new StateChange(AuditAction.RESULT_REPUBLISHED, "review " + roundNumber, before,
                "version " + version + ": " + summary(lines) + " reason: " + corrected.reason()));
        schedule.afterPublication(round);
        return publishedResults.asAnnounced(round.getNumber());
    }

    /** The round's tally, refused with the first thing that still blocks publication. */
    private Computed publishable(ReviewRound round) {
        Computed computed = compute(round);
        if (!computed.view().blockers().isEmpty()) {
            Blocker first = computed.view().blockers().get(0);
            throw new DomainRuleViolation(first.messageKey(), first.names().ko() + " / " + first.names().en());
        }
        return computed;
    }

    private static String summary(List<PublishedLine> lines) {
        return lines.stream().map(l -> l.teamName().ko() + " " + l.result().total() + " " + l.result().outcome()).collect(Collectors.joining("; "));
    }

    private ProvisionalTally tally(ReviewRound round) {
        if (round.isPublished() && !round.acceptsCorrections()) {
            PublishedResults published = publishedResults.asAnnounced(round.getNumber());
            return new ProvisionalTally(round.getNumber(), round.getStatus(), published.points(), List.of(), published.lines(), List.of(), false);
        }
        return compute(round).view();
    }

    /** A closed round's tally: what the page shows, the domain result itself, and the competing teams by id. */
    private record Computed(ProvisionalTally view, RoundResult result, Map<Long, Team> teams) {
    }

    private Computed compute(ReviewRound round) {
        Map<Component, BigDecimal> points = round.rulebook().componentPoints().points();
        List<Team> competing = teams.competingIn(round);
        Map<Long, TeamBenchmarks> benchmarks = round.rulebook().benchmarkPlan().scoreTeams(competing.stream().map(Team::getId).toList(),
                this.benchmarks.ofRound(round.getId()));
        Map<Long, EligibilityDecision> eligibility = results.eligibility(round.getId());
        // An arena round's PUBLIC points come from its Bradley–Terry fit; a rating round's from its ballots.
        Map<Long, BigDecimal> publicPoints = arenaResults.publicComponent(round)
                .orElseGet(() -> publicEvaluation.publicComponent(round.getNumber(), points.get(Component.PUBLIC)));
        List<ScoreSheet> submitted = panels.sheetsOf(round.getId()).stream().filter(s -> s.getStatus() == SheetStatus.SUBMITTED).toList();
        Set<String> conflicted = new HashSet<>();
        submitted.stream().map(ScoreSheet::getReviewerId).distinct().forEach(reviewer -> panels.conflictsOf(reviewer)
                .forEach(c -> conflicted.add(key(c.getReviewerId(), c.getTeamId()))));

        List<TeamInputs> inputs = new ArrayList<>();
        List<TeamInput> entered = new ArrayList<>();
        for (Team team : competing) {
            TeamBenchmarks benchmark = benchmarks.get(team.getId());
            EligibilityDecision decision = eligibility.get(team.getId());
            boolean eligible = decision == null || decision.eligible();
            inputs.add(new TeamInputs(team.getId(), benchmark.total(),
                    totalsByReviewer(submitted, conflicted, team, Panel.EXPERT), totalsByReviewer(submitted, conflicted, team, Panel.USER_PANEL),
                    publicPoints.get(team.getId()), eligible, eligible ? null : decision.rationale()));
            entered.add(new TeamInput(team.getId(), team.getName(), benchmark,
                    decision == null ? null : decision.eligible(), decision == null ? null : decision.rationale()));
        }
        int finalists = programmes.find().orElseThrow(() -> new DomainRuleViolation("programme.notSeeded")).getFinalistsWanted();
        RoundResult result = Tally.compute(inputs, round.getPlannedEliminations(), finalists, round.announcement().tieOrder());
        Map<Long, Team> byId = competing.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<ResultLine> lines = result.teams().stream()
                .map(r -> ResultLine.of(byId.get(r.teamId()).getName(), r, benchmarks.get(r.teamId()).figures())).toList();

        List<Blocker> blockers = new ArrayList<>();
        if (points.get(Component.BENCHMARK).signum() > 0) {
            List<Team> missing = competing.stream().filter(t -> !benchmarks.get(t.getId()).complete()).toList();
            if (!missing.isEmpty()) {
                blockers.add(blocker(Blocker.Kind.BENCHMARK_MISSING, missing));
            }
        }
        if (points.get(Component.PUBLIC).signum() > 0 && !arenaResults.isConnected(round)) {
            blockers.add(blocker(Blocker.Kind.ARENA_DISCONNECTED, competing));
        }
        if (!result.isPublishable()) {
            blockers.add(blocker(Blocker.Kind.UNRESOLVED_TIE, result.unresolvedTie().stream().map(byId::get).toList()));
        }
        return new Computed(new ProvisionalTally(round.getNumber(), round.getStatus(), points, entered, lines, blockers,
                round.acceptsCorrections()), result, byId);
    }

    /**
     * A panel's submitted sheet totals for a team, by reviewer. A sheet whose reviewer has since
     * declared a conflict with the team does not count.
     */
    private static Map<Long, BigDecimal> totalsByReviewer(List<ScoreSheet> submitted, Set<String> conflicted, Team team, Panel panel) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        submitted.stream()
                .filter(s -> s.getTeamId() == team.getId() && s.getPanel() == panel && !conflicted.contains(key(s.getReviewerId(), s.getTeamId())))
                .forEach(s -> totals.put(s.getReviewerId(), s.total()));
        return totals;
    }

    private static String key(long reviewerId, long teamId) {
        return reviewerId + ":" + teamId;
    }

    private static Blocker blocker(Blocker.Kind kind, List<Team> concerned) {
        return new Blocker(kind, concerned.stream().map(Team::getId).toList(), concerned.stream().map(Team::getName).toList());
    }
}
