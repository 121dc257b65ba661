package kr.go.msit.sovereignai.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.arena.ArenaViews.Commitment;
import kr.go.msit.sovereignai.application.arena.PublicArena;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.ProgrammeView;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.application.rounds.RoundViews.TimelineEntry;
import kr.go.msit.sovereignai.domain.round.WindowPhase;

/** The programme at a glance: the review the programme is waiting on, the timeline, the teams. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    RoundCatalogue roundCatalogue;

    @Inject
    PublicEvaluation evaluation;

    @Inject
    PublicArena arena;

    private ProgrammeView programme;
    private RoundView currentRound;
    private List<TimelineEntry> timeline;
    private List<TeamView> teamsInTheRace;
    private Long turnout;
    private Map<Integer, Commitment> commitments = Map.of();

    @PostConstruct
    void load() {
        programme = catalogue.programme().orElse(null);
        currentRound = roundCatalogue.currentRound().orElse(null);
        if (currentRound != null && currentRound.acceptsBallots()) {
            turnout = evaluation.turnout(currentRound.number());
        }
        timeline = roundCatalogue.timeline();
        teamsInTheRace = catalogue.teamsInTheRace();
        commitments = arena.commitments();
    }

    /** The current round's arena is open: citizens vote there (not on the rating ballot). */
    public boolean isArenaOpen() {
        return currentRound != null && currentRound.acceptsArenaVotes();
    }

    /** A round's prompt-set commitment (SHA-256, shown on the timeline from upload), or null. */
    public Commitment commitment(RoundView round) {
        return commitments.get(round.number());
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    public RoundView getCurrentRound() {
        return currentRound;
    }

    /** Where now falls in the current round's window. */
    public WindowPhase getCurrentPhase() {
        return currentRound == null ? null : currentRound.phase();
    }

    /** The instant the countdown counts to: the opening, or the closing while open. */
    public Instant getCountdownTarget() {
        if (currentRound == null) {
            return null;
        }
        return switch (currentRound.phase()) {
            case UPCOMING -> currentRound.window().opensAt();
            case IN_WINDOW -> currentRound.window().closesAt();
            case ENDED -> null;
        };
    }

    /** Ballots cast so far in the current round while it is open; null otherwise. */
    public Long getTurnout() {
        return turnout;
    }

    /** Every round with its teams in and out, the final round marked and the rounds after it provisional. */
    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<TeamView> getTeamsInTheRace() {
        return teamsInTheRace;
    }
}
