package kr.go.msit.sovereignai.application.arena;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.arena.ArenaViews.ArenaResultsView;
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

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ArenaRepository arena;
    private final ArenaAnalysisCache cache;

    @Inject
    public ArenaResults(
            ReviewRoundRepository rounds, TeamRepository teams, ArenaRepository arena, ArenaAnalysisCache cache) {
        this.rounds = rounds;
        this.teams = teams;
        this.arena = arena;
        this.cache = cache;
    }

    /** For the container's proxies only. */
    protected ArenaResults() {
        this(null, null, null, null);
    }

    /** The leaderboard of a closed arena round (public from the close, with the votes it comes from). */
    public ArenaResultsView results(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.revealsArena()) {
            throw new NotPublished("arena.notRevealed", roundNumber);
        }
        List<Team> roster = teams.competingIn(round);
        ArenaAnalysisCache.ClosedArena closed = closedArena(round, roster);
        return new ArenaResultsView(
                roundNumber,
                closed.leaderboard(),
                roster.stream().map(Team::getCode).toList(),
                roster.stream().map(Team::getName).toList(),
                closed.issued(),
                closed.voted(),
                closed.verifiedVoters());
    }

    /** The arena round's PUBLIC points per team id, or empty for a round evaluated by rating. */
    public Optional<Map<Long, BigDecimal>> publicComponent(ReviewRound round) {
        if (!round.revealsArena()) {
            return Optional.empty();
        }
        List<Team> roster = teams.competingIn(round);
        ArenaLeaderboard board = leaderboard(round, roster);
        // Disconnected, the fit compares nobody: publication is refused (see isConnected), so the points shown are
        // zero.
        Map<String, BigDecimal> byCode = new java.util.HashMap<>();
        if (board.connected()) {
            board.standings().forEach(s -> byCode.put(s.team(), s.points()));
        }
        Map<Long, BigDecimal> points = new TreeMap<>();
        roster.forEach(t -> points.put(t.getId(), byCode.getOrDefault(t.getCode(), BigDecimal.ZERO.setScale(2))));
        return Optional.of(points);
    }

    /** Whether the arena's comparison graph joins every team of the round (publication is refused otherwise). */
    public boolean isConnected(ReviewRound round) {
        return !round.revealsArena()
                || leaderboard(round, teams.competingIn(round)).connected();
    }

    private ArenaLeaderboard leaderboard(ReviewRound round, List<Team> roster) {
        return closedArena(round, roster).leaderboard();
    }

    private ArenaAnalysisCache.ClosedArena closedArena(ReviewRound round, List<Team> roster) {
        BigDecimal points = round.rulebook().componentPoints().points().get(Component.PUBLIC);
        return cache.closedArena(round.getId(), () -> {
            Map<Long, String> codes = roster.stream().collect(Collectors.toMap(Team::getId, Team::getCode));
            String salt = arena.promptSet(round.getId())
                    .map(PromptSet::getPseudonymSalt)
                    .orElse("");
            ArenaVotes.Builder votes =
                    ArenaVotes.among(roster.stream().map(Team::getCode).toList());
            Map<Long, Long> keys = new java.util.HashMap<>();
            arena.forEachVote(
                    round.getId(),
                    (citizenId, teamA, teamB, outcome) -> votes.add(
                            keys.computeIfAbsent(citizenId, id -> CitizenPseudonym.key(CitizenPseudonym.of(salt, id))),
                            codes.get(teamA),
                            codes.get(teamB),
                            outcome));
            long[] counts = arena.battleCounts(round.getId());
            return new ArenaAnalysisCache.ClosedArena(
                    ArenaAnalysis.analyse(votes.build(), round.rulebook().arenaPlan(), points),
                    counts[0],
                    counts[1],
                    arena.verifiedVoters(round.getId()));
        });
    }
}
