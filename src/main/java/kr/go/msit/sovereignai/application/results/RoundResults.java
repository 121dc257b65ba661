package kr.go.msit.sovereignai.application.results;

import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedRound;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.ResultViews.TeamInput;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkEntry;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.scoring.ReviewRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.RoundResult;
import kr.go.msit.sovereignai.domain.tally.Tally;
import kr.go.msit.sovereignai.domain.tally.TeamInputs;
import kr.go.msit.sovereignai.domain.tally.TeamResult;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * From a closed round to its published result: the inputs only administrators enter (benchmark
 * results, eligibility decisions, the order for otherwise unbreakable ties), the provisional
 * tally, and publication, which settles the teams' statuses, keeps the result as announced and
 * starts the objection period. The published result is what everyone reads afterwards.
 */
@Stateless
public class RoundResults {

    private static final int MAX_REASON = 1000;

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    TeamRepository teams;

    @Inject
    ReviewRepository reviews;

    @Inject
    ResultRepository results;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    PublicEvaluation publicEvaluation;


    @Inject
    ReviewSchedule schedule;

    @Inject
    Event<StateChange> changes;

    @Inject
    ObjectionPeriod objectionPeriod;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

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
        results.storeBenchmark(round.getId(), teamId, entries, caller(), clock.instant());
        changes.fire(new StateChange(AuditAction.BENCHMARK_RECORDED, "review " + roundNumber + " team " + team.getCode(), before, describe(entries)));
    }

    /** Records that a team passes or fails the eligibility gate in a round, with the rationale. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void decideEligibility(int roundNumber, long teamId, boolean eligible, String rationale) {
        ReviewRound round = underReview(roundNumber);
        Team team = competing(round, teamId);
        EligibilityDecision decision = new EligibilityDecision(teamId, eligible, rationale, caller(), clock.instant());
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
        if (!round.awaitsPublication()) {
            throw new DomainRuleViolation("tally.roundNotClosed", roundNumber);
        }
        Set<Long> competing = teams.competingIn(roundNumber).stream().map(Team::getId).collect(Collectors.toSet());
        teamIds.stream().filter(id -> !competing.contains(id)).findFirst().ifPresent(id -> {
            throw new DomainRuleViolation("tally.teamNotCompeting", id, roundNumber);
        });
        String before = round.getTieOrder().toString();
        round.decideTieOrder(teamIds);
        changes.fire(new StateChange(AuditAction.TIE_ORDER_DECIDED, "review " + roundNumber, before, teamIds + " reason: " + reason.strip()));
    }

    /** The tally of a closed round as it would be published now, with what still blocks publication. */
    @RolesAllowed(Role.ADMIN_NAME)
    public ProvisionalTally provisionalTally(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.hasClosed()) {
            throw new DomainRuleViolation("tally.roundNotClosed", roundNumber);
        }
        return tally(round);
    }

    /**
     * Publishes a closed round's result: the teams' statuses change, the result is kept as
     * announced, the objection period starts, and the schedule moves on to the next round.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public PublishedResults publish(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.awaitsPublication()) {
            throw new DomainRuleViolation("round.publish.notClosed", roundNumber, round.getStatus());
        }
        Computed computed = compute(round);
        if (!computed.view().blockers().isEmpty()) {
            Blocker first = computed.view().blockers().get(0);
            throw new DomainRuleViolation(first.messageKey(), first.names().ko() + " / " + first.names().en());
        }
        List<PublishedLine> lines = new ArrayList<>();
        for (TeamResult result : computed.result().teams()) {
            Team team = computed.teams().get(result.teamId());
            lines.add(new PublishedLine(team.getName(), result));
            team.settle(result.outcome().teamStatus());
        }
        results.storePublished(round.getId(), lines);
        String before = round.describe();
        round.publish(clock.instant(), objectionPeriod.length());
        changes.fire(new StateChange(AuditAction.ROUND_PUBLISHED, "review " + roundNumber, before, lines.stream()
                .map(l -> l.teamName().ko() + " " + l.result().total() + " " + l.result().outcome()).collect(Collectors.joining("; "))));
        schedule.afterPublication(round);
        return published(round);
    }

    /** A published round's results as announced; refused (results.notPublished) before publication. */
    @PermitAll
    public PublishedResults results(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.isPublished()) {
            throw new DomainRuleViolation("results.notPublished", roundNumber);
        }
        return published(round);
    }

    /** Every published round, latest first. */
    @PermitAll
    public List<PublishedRound> publishedRounds() {
        return rounds.findAll().stream().filter(ReviewRound::isPublished)
                .sorted((a, b) -> Integer.compare(b.getNumber(), a.getNumber()))
                .map(r -> new PublishedRound(r.getNumber(), r.getPublishedAt(), r.getObjectionEndsAt())).toList();
    }

    private PublishedResults published(ReviewRound round) {
        List<ResultLine> lines = results.published(round.getId()).stream().map(p -> line(p.teamName(), p.result())).toList();
        return new PublishedResults(round.getNumber(), round.getWindow(), round.getPublishedAt(), round.getObjectionEndsAt(),
                round.isFinalAt(clock.instant()), round.componentPoints().points(), lines);
    }

    private ProvisionalTally tally(ReviewRound round) {
        if (round.isPublished()) {
            PublishedResults published = published(round);
            return new ProvisionalTally(round.getNumber(), round.getStatus(), published.points(), List.of(), published.lines(), List.of());
        }
        return compute(round).view();
    }

    /** A closed round's tally: what the page shows, the domain result itself, and the competing teams by id. */
    private record Computed(ProvisionalTally view, RoundResult result, Map<Long, Team> teams) {
    }

    private Computed compute(ReviewRound round) {
        Map<Component, BigDecimal> points = round.componentPoints().points();
        List<Team> competing = teams.competingIn(round.getNumber());
        Map<Long, List<BenchmarkEntry>> benchmarks = results.benchmarks(round.getId());
        Map<Long, EligibilityDecision> eligibility = results.eligibility(round.getId());
        Map<Long, BigDecimal> publicPoints = publicEvaluation.publicComponent(round.getNumber(), points.get(Component.PUBLIC));
        List<ScoreSheet> submitted = reviews.sheetsOf(round.getId()).stream().filter(s -> s.getStatus() == SheetStatus.SUBMITTED).toList();
        Set<String> conflicted = new HashSet<>();
        submitted.stream().map(ScoreSheet::getReviewerId).distinct().forEach(reviewer -> reviews.conflictsOf(reviewer)
                .forEach(c -> conflicted.add(key(c.getReviewerId(), c.getTeamId()))));

        List<TeamInputs> inputs = new ArrayList<>();
        List<TeamInput> entered = new ArrayList<>();
        for (Team team : competing) {
            List<BenchmarkEntry> benchmark = benchmarks.getOrDefault(team.getId(), List.of());
            EligibilityDecision decision = eligibility.get(team.getId());
            boolean eligible = decision == null || decision.eligible();
            inputs.add(new TeamInputs(team.getId(), benchmark.stream().map(BenchmarkEntry::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                    totalsByReviewer(submitted, conflicted, team, Panel.EXPERT), totalsByReviewer(submitted, conflicted, team, Panel.USER_PANEL),
                    publicPoints.get(team.getId()), eligible, eligible ? null : decision.rationale()));
            entered.add(new TeamInput(team.getId(), team.getName(), benchmark,
                    decision == null ? null : decision.eligible(), decision == null ? null : decision.rationale()));
        }
        int finalists = programmes.find().orElseThrow(() -> new DomainRuleViolation("programme.notSeeded")).getFinalistsWanted();
        RoundResult result = Tally.compute(inputs, round.getPlannedEliminations(), finalists, round.getTieOrder());
        Map<Long, Team> byId = competing.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<ResultLine> lines = result.teams().stream()
                .map(r -> line(byId.get(r.teamId()).getName(), r)).toList();

        List<Blocker> blockers = new ArrayList<>();
        if (points.get(Component.BENCHMARK).signum() > 0) {
            List<Team> missing = competing.stream().filter(t -> !benchmarks.containsKey(t.getId())).toList();
            if (!missing.isEmpty()) {
                blockers.add(blocker("tally.benchmarkMissing", missing));
            }
        }
        if (!result.isPublishable()) {
            blockers.add(blocker("tally.unresolvedTie", result.unresolvedTie().stream().map(byId::get).toList()));
        }
        return new Computed(new ProvisionalTally(round.getNumber(), round.getStatus(), points, entered, lines, blockers), result, byId);
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

    private static Blocker blocker(String messageKey, List<Team> concerned) {
        return new Blocker(messageKey, concerned.stream().map(Team::getId).toList(), concerned.stream().map(Team::getName).toList());
    }

    private static ResultLine line(LocalizedText name, TeamResult r) {
        return new ResultLine(r.teamId(), name, r.benchmark(), r.expert(), r.expertRule().name(), r.userPanel(),
                r.userPanelRule().name(), r.publicPoints(), r.total(), r.rank(), r.outcome(), r.eligibilityRationale(), r.robust());
    }


    /**
     * A round whose inputs may be entered: open (benchmarks run during the window) or closed, but
     * not before it opens (its points per component may still change) and not once published.
     */
    private ReviewRound underReview(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (round.isPublished()) {
            throw new DomainRuleViolation("round.published.frozen", roundNumber);
        }
        if (!round.hasOpened()) {
            throw new DomainRuleViolation("tally.roundNotStarted", roundNumber);
        }
        return round;
    }

    private Team competing(ReviewRound round, long teamId) {
        return teams.competingIn(round.getNumber()).stream().filter(t -> t.getId() == teamId).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("tally.teamNotCompeting", teamId, round.getNumber()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }


    private static String describe(List<BenchmarkEntry> entries) {
        return entries.isEmpty() ? null : entries.stream()
                .map(e -> e.part().label().en() + " " + e.achievementRate() + "% = " + e.points()).collect(Collectors.joining("; "));
    }

    private static String describe(EligibilityDecision decision) {
        return (decision.eligible() ? "PASS" : "FAIL") + ": " + decision.rationale();
    }
}
