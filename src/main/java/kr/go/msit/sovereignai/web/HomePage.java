package kr.go.msit.sovereignai.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.arena.ArenaViews.Commitment;
import kr.go.msit.sovereignai.application.arena.PublicArena;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue.RoundHeadcount;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.WindowPhase;
import kr.go.msit.sovereignai.domain.team.Team;

/** The programme at a glance: the review the programme is waiting on, the timeline, the teams. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    PublicEvaluation evaluation;

    @Inject
    Clock clock;

    @Inject
    PublicArena arena;

    private Programme programme;
    private ReviewRound currentRound;
    private List<ReviewRound> rounds;
    private List<Team> teamsInTheRace;
    private final Map<Integer, RoundHeadcount> headcounts = new HashMap<>();
    private Instant now;
    private Long turnout;
    private Map<Integer, Commitment> commitments = Map.of();

    @PostConstruct
    void load() {
        now = clock.instant();
        programme = catalogue.programme().orElse(null);
        currentRound = catalogue.currentRound().orElse(null);
        if (currentRound != null && currentRound.acceptsBallotsAt(now)) {
            turnout = evaluation.turnout(currentRound.getNumber());
        }
        rounds = catalogue.rounds();
        teamsInTheRace = catalogue.teamsInTheRace();
        headcounts.putAll(catalogue.headcountOfEachRound());
        commitments = arena.commitments();
    }

    /** The current round's arena is open: citizens vote there (not on the rating ballot). */
    public boolean isArenaOpen() {
        return currentRound != null && currentRound.acceptsArenaVotesAt(now);
    }

    /** A round's prompt-set commitment (SHA-256, shown on the timeline from upload), or null. */
    public Commitment commitment(ReviewRound round) {
        return commitments.get(round.getNumber());
    }

    public Programme getProgramme() {
        return programme;
    }

    public ReviewRound getCurrentRound() {
        return currentRound;
    }

    /** Where now falls in the current round's window. */
    public WindowPhase getCurrentPhase() {
        return currentRound == null ? null : currentRound.timeline().phaseAt(now);
    }

    /** The instant the countdown counts to: the opening, or the closing while open. */
    public Instant getCountdownTarget() {
        if (currentRound == null) {
            return null;
        }
        return switch (currentRound.timeline().phaseAt(now)) {
            case UPCOMING -> currentRound.timeline().window().opensAt();
            case IN_WINDOW -> currentRound.timeline().window().closesAt();
            case ENDED -> null;
        };
    }

    /** Ballots cast so far in the current round while it is open; null otherwise. */
    public Long getTurnout() {
        return turnout;
    }

    public List<ReviewRound> getRounds() {
        return rounds;
    }

    public List<Team> getTeamsInTheRace() {
        return teamsInTheRace;
    }

    /** Teams a published round left, or a round to come will leave if it eliminates as planned (from each round's own record). */
    public int teamsLeftAfter(ReviewRound round) {
        return headcount(round).left();
    }

    /** The round's teams in and out: planned for a round to come, as published after (eliminated and disqualified apart). */
    public RoundHeadcount headcount(ReviewRound round) {
        return headcounts.getOrDefault(round.getNumber(), new RoundHeadcount(0, 0, 0, 0));
    }

    public boolean isFinalRound(ReviewRound round) {
        return programme != null && !round.isCancelled() && teamsLeftAfter(round) <= programme.getFinalistsWanted()
                && rounds.stream().filter(r -> !r.isCancelled() && teamsLeftAfter(r) <= programme.getFinalistsWanted())
                        .findFirst().map(r -> r.getNumber() == round.getNumber()).orElse(false);
    }
}
