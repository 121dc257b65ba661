package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.go.msit.sovereignai.application.arena.ArenaResults;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.PublicComparison;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * Which votes scored a published round's PUBLIC component (issue 23): in a round with a drawn citizens' panel, its
 * seated members' only; the open public's result (everybody's votes) is shown beside it, not scored, with how far
 * the two differ. The scored points are the published ones; the open public's are computed once per round (votes
 * cannot change after the close) and kept.
 */
@Stateless
@PermitAll
public class PublicScoring {

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final BallotRepository ballots;
    private final ScoringPanelRepository panels;
    private final ArenaResults arenaResults;
    private final OpenPublicCache cache;

    @Inject
    public PublicScoring(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            BallotRepository ballots,
            ScoringPanelRepository panels,
            ArenaResults arenaResults,
            OpenPublicCache cache) {
        this.cache = cache;
        this.rounds = rounds;
        this.teams = teams;
        this.ballots = ballots;
        this.panels = panels;
        this.arenaResults = arenaResults;
    }

    /** For the container's proxies only. */
    protected PublicScoring() {
        this(null, null, null, null, null, null);
    }

    /**
     * The panel's scored PUBLIC points beside the open public's, for the lines of a published result; empty for a
     * round without a drawn panel, and while the result withholds figures (the open points with their difference
     * would give the withheld PUBLIC points away).
     */
    public Optional<PublicComparison> comparison(PublishedResults results) {
        ReviewRound round = rounds.require(results.roundNumber());
        Optional<ScoringPanel> panel = panels.ofRound(round.getId());
        if (panel.isEmpty() || !panel.get().drawn() || results.figuresWithheld() || !round.hasClosed()) {
            return Optional.empty();
        }
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        Map<Long, BigDecimal> scored = new LinkedHashMap<>();
        for (ResultLine line : results.lines()) {
            names.put(line.teamId(), line.name());
            scored.put(line.teamId(), line.publicPoints());
        }
        Map<Long, BigDecimal> open = cache.openPoints(round.getId(), () -> openPoints(round));
        boolean arena = round.revealsArena();
        long panelVoters;
        long openVoters;
        if (arena) {
            var view = arenaResults.results(round.getNumber());
            panelVoters = view.leaderboard().citizens();
            openVoters = view.openLeaderboard() == null
                    ? view.leaderboard().citizens()
                    : view.openLeaderboard().citizens();
        } else {
            panelVoters = ballots.panelBallots(round.getId());
            openVoters = ballots.turnout(round.getId());
        }
        return Optional.of(
                PublicComparison.of(panel.get().seatedMembers(), panelVoters, openVoters, names, scored, open));
    }

    /** Whether the round's PUBLIC component is scored by a drawn citizens' panel. */
    public boolean panelScored(int roundNumber) {
        return panels.ofRound(rounds.require(roundNumber).getId())
                .map(ScoringPanel::drawn)
                .orElse(false);
    }

    private Map<Long, BigDecimal> openPoints(ReviewRound round) {
        return arenaResults
                .openPublicComponent(round)
                .orElseGet(() -> PublicEvaluation.points(
                        round,
                        teams.competingIn(round),
                        ballots.ratingTotals(round.getId()),
                        round.rulebook().componentPoints().points().get(Component.PUBLIC)));
    }
}
