package kr.go.msit.sovereignai.application.arena;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.arena.ArenaViews.ArenaResultsView;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PanelScoring;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysis;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;
import kr.go.msit.sovereignai.domain.arena.ArenaRepository;
import kr.go.msit.sovereignai.domain.arena.ArenaVotes;
import kr.go.msit.sovereignai.domain.arena.CitizenPseudonym;
import kr.go.msit.sovereignai.domain.arena.PromptSet;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.PublicComparison;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * A closed arena round's analysis: Bradley–Terry with citizen-bootstrap intervals over its votes,
 * by the plan frozen at opening, and the PUBLIC points it maps to. Votes never change after the close,
 * so each round's analysis is computed once and kept ({@link ArenaAnalysisCache}); every node computes
 * the same from the same votes and seed.
 */
@Stateless
@PermitAll
public class ArenaResults {

    private static final Logger LOG = Logger.getLogger(ArenaResults.class.getName());

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ArenaRepository arena;
    private final ArenaAnalysisCache cache;
    private final ScoringPanelRepository panels;

    /** Without citizens' panels: every round is scored by everybody's votes (unit tests). */
    public ArenaResults(
            ReviewRoundRepository rounds, TeamRepository teams, ArenaRepository arena, ArenaAnalysisCache cache) {
        this(rounds, teams, arena, cache, ScoringPanelRepository.NONE);
    }

    @Inject
    public ArenaResults(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            ArenaRepository arena,
            ArenaAnalysisCache cache,
            ScoringPanelRepository panels) {
        this.rounds = rounds;
        this.teams = teams;
        this.arena = arena;
        this.cache = cache;
        this.panels = panels;
    }

    /** For the container's proxies only. */
    protected ArenaResults() {
        this(null, null, null, null, null);
    }

    /**
     * The leaderboard of a closed arena round (public from the close, with the votes it comes from). In a round with
     * a drawn citizens' panel it is the panel members' (scored), with everybody's beside it (not scored).
     */
    public ArenaResultsView results(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.revealsArena()) {
            throw new NotPublished("arena.notRevealed", roundNumber);
        }
        List<Team> roster = teams.competingIn(round);
        ArenaAnalysisCache.ClosedArena open = closedArena(round, roster);
        Optional<ScoringPanel> panel = panels.ofRound(round.getId());
        if (panel.isEmpty() || !panel.get().drawn()) {
            return new ArenaResultsView(
                    roundNumber,
                    open.leaderboard(),
                    roster.stream().map(Team::getCode).toList(),
                    roster.stream().map(Team::getName).toList(),
                    open.issued(),
                    open.voted(),
                    open.verifiedVoters(),
                    panel.isEmpty() ? PanelScoring.NONE : PanelScoring.NOT_DRAWN,
                    null,
                    null);
        }
        ArenaAnalysisCache.ClosedArena scored = panelArena(round, roster, panel.get());
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        roster.forEach(t -> names.put(t.getId(), t.getName()));
        PublicComparison comparison = PublicComparison.of(
                panel.get().seatedMembers(),
                scored.leaderboard().citizens(),
                open.leaderboard().citizens(),
                names,
                points(scored.leaderboard(), roster),
                points(open.leaderboard(), roster));
        return new ArenaResultsView(
                roundNumber,
                scored.leaderboard(),
                roster.stream().map(Team::getCode).toList(),
                roster.stream().map(Team::getName).toList(),
                open.issued(),
                open.voted(),
                open.verifiedVoters(),
                PanelScoring.DRAWN,
                open.leaderboard(),
                comparison);
    }

    /**
     * Analyses a closed arena round's votes now, if they are not analysed yet (everybody's, and its drawn panel's
     * members' when it has one): what {@link ArenaAnalysisAtClose} runs as the close commits. Nothing for a round
     * evaluated by rating or not closed.
     */
    public void analyseClosed(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.revealsArena()) {
            return;
        }
        List<Team> roster = teams.competingIn(round);
        closedArena(round, roster);
        panels.ofRound(round.getId()).filter(ScoringPanel::drawn).ifPresent(panel -> panelArena(round, roster, panel));
    }

    /**
     * The arena round's PUBLIC points per team id, or empty for a round evaluated by rating: with a drawn citizens'
     * panel, of its seated members' votes only; otherwise (no panel, or one not drawn, whose publication is
     * blocked) of everybody's.
     */
    public Optional<Map<Long, BigDecimal>> publicComponent(ReviewRound round) {
        if (!round.revealsArena()) {
            return Optional.empty();
        }
        List<Team> roster = teams.competingIn(round);
        return Optional.of(points(leaderboard(round, roster), roster));
    }

    /** The PUBLIC points of everybody's votes (the open public), scored or not; empty for a round evaluated by rating. */
    public Optional<Map<Long, BigDecimal>> openPublicComponent(ReviewRound round) {
        if (!round.revealsArena()) {
            return Optional.empty();
        }
        List<Team> roster = teams.competingIn(round);
        return Optional.of(points(closedArena(round, roster).leaderboard(), roster));
    }

    private static Map<Long, BigDecimal> points(ArenaLeaderboard board, List<Team> roster) {
        // Disconnected, the fit compares nobody: publication is refused (see isConnected), so the points shown are
        // zero.
        Map<String, BigDecimal> byCode = new java.util.HashMap<>();
        if (board.connected()) {
            board.standings().forEach(s -> byCode.put(s.team(), s.points()));
        }
        Map<Long, BigDecimal> points = new TreeMap<>();
        roster.forEach(t -> points.put(t.getId(), byCode.getOrDefault(t.getCode(), BigDecimal.ZERO.setScale(2))));
        return points;
    }

    /** Whether the arena's comparison graph joins every team of the round (publication is refused otherwise). */
    public boolean isConnected(ReviewRound round) {
        return !round.revealsArena()
                || leaderboard(round, teams.competingIn(round)).connected();
    }

    /** The scored leaderboard: the drawn panel's members' votes, or everybody's in a round without a drawn panel. */
    private ArenaLeaderboard leaderboard(ReviewRound round, List<Team> roster) {
        Optional<ScoringPanel> panel = panels.ofRound(round.getId());
        return panel.isPresent() && panel.get().drawn()
                ? panelArena(round, roster, panel.get()).leaderboard()
                : closedArena(round, roster).leaderboard();
    }

    private ArenaAnalysisCache.ClosedArena closedArena(ReviewRound round, List<Team> roster) {
        return cache.closedArena(round.getId(), () -> analyse(round, roster, false));
    }

    private ArenaAnalysisCache.ClosedArena panelArena(ReviewRound round, List<Team> roster, ScoringPanel panel) {
        return cache.panelArena(round.getId(), panel.membership(), () -> analyse(round, roster, true));
    }

    /** The analysis of the round's votes: everybody's, or its panel members' only ({@code panelOnly}). */
    private ArenaAnalysisCache.ClosedArena analyse(ReviewRound round, List<Team> roster, boolean panelOnly) {
        BigDecimal points = round.rulebook().componentPoints().points().get(Component.PUBLIC);
        Map<Long, String> codes = roster.stream().collect(Collectors.toMap(Team::getId, Team::getCode));
        String salt =
                arena.promptSet(round.getId()).map(PromptSet::getPseudonymSalt).orElse("");
        ArenaVotes.Builder votes =
                ArenaVotes.among(roster.stream().map(Team::getCode).toList());
        Map<Long, Long> keys = new java.util.HashMap<>();
        long[] votesRead = new long[1];
        ArenaRepository.VoteSink sink = (citizenId, teamA, teamB, outcome) -> {
            votesRead[0]++;
            votes.add(
                    keys.computeIfAbsent(citizenId, id -> CitizenPseudonym.key(CitizenPseudonym.of(salt, id))),
                    codes.get(teamA),
                    codes.get(teamB),
                    outcome);
        };
        long started = System.nanoTime();
        long[] counts;
        if (panelOnly) {
            arena.forEachPanelVote(round.getId(), sink);
            counts = arena.battleCounts(round.getId());
        } else {
            counts = arena.forEachVoteCounting(round.getId(), sink);
        }
        long read = System.nanoTime();
        ArenaLeaderboard leaderboard =
                ArenaAnalysis.analyse(votes.build(), round.rulebook().arenaPlan(), points);
        long analysed = System.nanoTime();
        // What the close costs, for operators (issue 26 times it at a million votes).
        LOG.info(() -> String.format(
                "Review %d's arena%s analysed: %,d votes of %,d citizens read in %d ms, fitted with %,d replicates in"
                        + " %d ms",
                round.getNumber(),
                panelOnly ? " (panel)" : "",
                votesRead[0],
                keys.size(),
                (read - started) / 1_000_000,
                round.rulebook().arenaPlan().replicates(),
                (analysed - read) / 1_000_000));
        return new ArenaAnalysisCache.ClosedArena(
                leaderboard, counts[0], counts[1], arena.verifiedVoters(round.getId()));
    }
}
