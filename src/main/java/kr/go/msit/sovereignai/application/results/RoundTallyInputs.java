package kr.go.msit.sovereignai.application.results;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.results.ResultViews.Blocker;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.ResultViews.TeamInput;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.RoundResult;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.Tally;
import kr.go.msit.sovereignai.domain.tally.TeamInputs;
import kr.go.msit.sovereignai.domain.tally.TeamResult;
import kr.go.msit.sovereignai.domain.team.Team;

/**
 * Everything a round's tally is computed from, gathered once ({@link TallyGatherer}) for the
 * provisional tally, publication and republication alike: the competing teams, their benchmarks,
 * eligibility decisions and public component, the score sheets that count, the sheets reopened for a
 * correction and not submitted again, and the round's rules. The tally itself ({@link #tally}) and the
 * inputs' digest ({@link #digest}) are computed from these alone. {@code panel} is the round's citizens' panel
 * (null without one): drawn, {@code publicPoints} are of its seated members' votes only; not drawn, publication is
 * blocked.
 */
public record RoundTallyInputs(
        int roundNumber,
        RoundStatus status,
        boolean correcting,
        Map<Component, BigDecimal> points,
        int plannedEliminations,
        int finalistsWanted,
        List<Long> tieOrder,
        List<Team> competing,
        Map<Long, TeamBenchmarks> benchmarks,
        Map<Long, EligibilityDecision> eligibility,
        Map<Long, BigDecimal> publicPoints,
        boolean arenaConnected,
        List<ScoreSheet> counted,
        List<ScoreSheet> reopened,
        ScoringPanel panel) {

    /** A round without a citizens' panel: everybody's votes make its PUBLIC component. */
    public RoundTallyInputs(
            int roundNumber,
            RoundStatus status,
            boolean correcting,
            Map<Component, BigDecimal> points,
            int plannedEliminations,
            int finalistsWanted,
            List<Long> tieOrder,
            List<Team> competing,
            Map<Long, TeamBenchmarks> benchmarks,
            Map<Long, EligibilityDecision> eligibility,
            Map<Long, BigDecimal> publicPoints,
            boolean arenaConnected,
            List<ScoreSheet> counted,
            List<ScoreSheet> reopened) {
        this(
                roundNumber,
                status,
                correcting,
                points,
                plannedEliminations,
                finalistsWanted,
                tieOrder,
                competing,
                benchmarks,
                eligibility,
                publicPoints,
                arenaConnected,
                counted,
                reopened,
                null);
    }

    /** The tally: what the page shows, the domain result, the lines as they would be published, the teams by id. */
    public record Tallied(
            ProvisionalTally view,
            RoundResult result,
            List<PublishedLine> lines,
            Map<Long, Team> teams,
            String digest) {

        /** The first thing that still blocks publication, if any. */
        public java.util.Optional<Blocker> firstBlocker() {
            return view.blockers().stream().findFirst();
        }
    }

    /** The round's tally from these inputs, with what still blocks its publication. */
    public Tallied tally() {
        List<TeamInputs> inputs = new ArrayList<>();
        List<TeamInput> entered = new ArrayList<>();
        for (Team team : competing) {
            TeamBenchmarks benchmark = benchmarks.get(team.getId());
            EligibilityDecision decision = eligibility.get(team.getId());
            boolean eligible = decision == null || decision.eligible();
            inputs.add(new TeamInputs(
                    team.getId(),
                    benchmark.total(),
                    totalsByReviewer(team.getId(), Panel.EXPERT),
                    totalsByReviewer(team.getId(), Panel.USER_PANEL),
                    publicPoints.get(team.getId()),
                    eligible,
                    eligible ? null : decision.rationale()));
            entered.add(new TeamInput(
                    team.getId(),
                    team.getName(),
                    benchmark,
                    decision == null ? null : decision.eligible(),
                    decision == null ? null : decision.rationale()));
        }
        RoundResult result = Tally.compute(inputs, plannedEliminations, finalistsWanted, tieOrder);
        Map<Long, Team> byId = competing.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<ResultLine> lines = new ArrayList<>();
        List<PublishedLine> published = new ArrayList<>();
        for (TeamResult r : result.teams()) {
            List<BenchmarkFigure> figures = benchmarks.get(r.teamId()).figures();
            lines.add(ResultLine.of(byId.get(r.teamId()).getName(), r, figures));
            published.add(new PublishedLine(byId.get(r.teamId()).getName(), r, figures));
        }

        List<Blocker> blockers = new ArrayList<>();
        if (panel != null && !panel.drawn()) {
            // First: until the draw nobody knows whose votes score, so every other figure of PUBLIC is provisional.
            blockers.add(blocker(Blocker.Kind.PANEL_NOT_DRAWN, List.of()));
        }
        if (points.get(Component.BENCHMARK).signum() > 0) {
            List<Team> missing = competing.stream()
                    .filter(t -> !benchmarks.get(t.getId()).complete())
                    .toList();
            if (!missing.isEmpty()) {
                blockers.add(blocker(Blocker.Kind.BENCHMARK_MISSING, missing));
            }
        }
        if (points.get(Component.PUBLIC).signum() > 0 && !arenaConnected) {
            blockers.add(blocker(Blocker.Kind.ARENA_DISCONNECTED, competing));
        }
        if (!reopened.isEmpty()) {
            blockers.add(blocker(
                    Blocker.Kind.SHEET_REOPENED,
                    competing.stream()
                            .filter(t -> reopened.stream().anyMatch(s -> s.getTeamId() == t.getId()))
                            .toList()));
        }
        if (!result.isPublishable()) {
            blockers.add(blocker(
                    Blocker.Kind.UNRESOLVED_TIE,
                    result.unresolvedTie().stream().map(byId::get).toList()));
        }
        ProvisionalTally view = new ProvisionalTally(roundNumber, status, points, entered, lines, blockers, correcting);
        return new Tallied(view, result, published, byId, digest());
    }

    /**
     * The canonical form of the inputs, one line per fact, teams and reviewers by id: the round's
     * rules, then every team's benchmarks (target and measured score), eligibility, public points and
     * the sheet totals that count. Scales are kept as stored, so the same inputs give the same text.
     */
    public String canonicalForm() {
        StringBuilder text = new StringBuilder();
        text.append("round ").append(roundNumber).append('\n');
        new TreeMap<>(points)
                .forEach((component, p) -> text.append("points ")
                        .append(component)
                        .append(' ')
                        .append(p.toPlainString())
                        .append('\n'));
        if (panel != null) {
            // Only for a round with a citizens' panel: the digests of rounds without one stay what they were.
            text.append("public-scored-by panel ")
                    .append(panel.drawn() ? "drawn" : "not-drawn")
                    .append(" members ")
                    .append(panel.seatedMembers())
                    .append('\n');
        }
        text.append("eliminations ")
                .append(plannedEliminations)
                .append(" finalists ")
                .append(finalistsWanted)
                .append(" tie-order ")
                .append(tieOrder)
                .append('\n');
        for (Team team :
                competing.stream().sorted(Comparator.comparingLong(Team::getId)).toList()) {
            long id = team.getId();
            text.append("team ").append(id).append('\n');
            for (BenchmarkFigure figure : benchmarks.get(id).figures()) {
                text.append("  benchmark ")
                        .append(figure.slot().part())
                        .append('.')
                        .append(figure.slot().position())
                        .append(' ')
                        .append(figure.benchmark())
                        .append(" target ")
                        .append(plain(figure.target()))
                        .append(" model ")
                        .append(figure.targetModel())
                        .append(" measured ")
                        .append(plain(figure.measured()))
                        .append('\n');
            }
            EligibilityDecision decision = eligibility.get(id);
            text.append("  eligible ")
                    .append(decision == null ? "undecided" : decision.eligible() + " " + decision.rationale())
                    .append('\n');
            text.append("  public ").append(plain(publicPoints.get(id))).append('\n');
            for (Panel panel : Panel.values()) {
                new TreeMap<>(totalsByReviewer(id, panel))
                        .forEach((reviewer, total) -> text.append("  ")
                                .append(panel)
                                .append(' ')
                                .append(reviewer)
                                .append(' ')
                                .append(total.toPlainString())
                                .append('\n'));
            }
        }
        return text.toString();
    }

    /** SHA-256 (hex) of {@link #canonicalForm}. */
    public String digest() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    /** A panel's sheet totals that count for a team, by reviewer. */
    private Map<Long, BigDecimal> totalsByReviewer(long teamId, Panel panel) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        counted.stream()
                .filter(s -> s.getTeamId() == teamId && s.getPanel() == panel)
                .forEach(s -> totals.put(s.getReviewerId(), s.total()));
        return totals;
    }

    private static Blocker blocker(Blocker.Kind kind, List<Team> concerned) {
        return new Blocker(
                kind,
                concerned.stream().map(Team::getId).toList(),
                concerned.stream().map(Team::getName).toList());
    }
}
