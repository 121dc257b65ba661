package kr.go.msit.sovereignai.application.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.arena.ArenaResults;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.CountedSheets;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * Gathers a round's tally inputs in one place ({@link RoundTallyInputs}), for the provisional
 * tally, publication and republication alike. Reads what is committed: callers that publish lock
 * the round first, so no input lands between the gathering and the publication.
 */
@ApplicationScoped
public class TallyGatherer {

    private final TeamRepository teams;
    private final PanelRepository panels;
    private final ResultRepository results;
    private final BenchmarkRepository benchmarks;
    private final ProgrammeRepository programmes;
    private final PublicEvaluation publicEvaluation;
    private final ArenaResults arenaResults;
    private final ScoringPanelRepository scoringPanels;

    /** Without citizens' panels: every round is scored by everybody's votes (unit tests). */
    public TallyGatherer(
            TeamRepository teams,
            PanelRepository panels,
            ResultRepository results,
            BenchmarkRepository benchmarks,
            ProgrammeRepository programmes,
            PublicEvaluation publicEvaluation,
            ArenaResults arenaResults) {
        this(
                teams,
                panels,
                results,
                benchmarks,
                programmes,
                publicEvaluation,
                arenaResults,
                ScoringPanelRepository.NONE);
    }

    @Inject
    public TallyGatherer(
            TeamRepository teams,
            PanelRepository panels,
            ResultRepository results,
            BenchmarkRepository benchmarks,
            ProgrammeRepository programmes,
            PublicEvaluation publicEvaluation,
            ArenaResults arenaResults,
            ScoringPanelRepository scoringPanels) {
        this.scoringPanels = scoringPanels;
        this.teams = teams;
        this.panels = panels;
        this.results = results;
        this.benchmarks = benchmarks;
        this.programmes = programmes;
        this.publicEvaluation = publicEvaluation;
        this.arenaResults = arenaResults;
    }

    /** For the container's proxies only. */
    protected TallyGatherer() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The round's tally inputs as committed now. */
    public RoundTallyInputs gather(ReviewRound round) {
        Map<Component, BigDecimal> points = round.rulebook().componentPoints().points();
        List<Team> competing = teams.competingIn(round);
        Set<Long> competingIds = competing.stream().map(Team::getId).collect(Collectors.toSet());
        // An arena round's PUBLIC points come from its Bradley–Terry fit; a rating round's from its ballots. With a
        // drawn citizens' panel (issue 23), of its seated members' votes only; with one not drawn yet, everybody's
        // are shown provisionally and the tally is blocked (PANEL_NOT_DRAWN).
        ScoringPanel panel = scoringPanels.ofRound(round.getId()).orElse(null);
        boolean panelScores = panel != null && panel.drawn();
        Map<Long, BigDecimal> publicPoints = arenaResults
                .publicComponent(round)
                .orElseGet(() -> panelScores
                        ? publicEvaluation.panelPublicComponent(round.getNumber(), points.get(Component.PUBLIC))
                        : publicEvaluation.publicComponent(round.getNumber(), points.get(Component.PUBLIC)));
        List<ScoreSheet> sheets = panels.sheetsOf(round.getId());
        List<ConflictOfInterest> conflicts = sheets.stream()
                .map(ScoreSheet::getReviewerId)
                .distinct()
                .flatMap(reviewer -> panels.conflictsOf(reviewer).stream())
                .toList();
        int finalists = programmes
                .find()
                .orElseThrow(() -> new DomainRuleViolation("programme.notSeeded"))
                .getFinalistsWanted();
        boolean connected = points.get(Component.PUBLIC).signum() == 0 || arenaResults.isConnected(round);
        return new RoundTallyInputs(
                round.getNumber(),
                round.getStatus(),
                round.acceptsCorrections(),
                points,
                round.getPlannedEliminations(),
                finalists,
                round.announcement().tieOrder(),
                competing,
                round.rulebook()
                        .benchmarkPlan()
                        .scoreTeams(competing.stream().map(Team::getId).toList(), benchmarks.ofRound(round.getId())),
                results.eligibility(round.getId()),
                publicPoints,
                connected,
                CountedSheets.of(round, sheets, conflicts, competingIds),
                CountedSheets.reopenedForCorrection(round, sheets),
                panel);
    }
}
