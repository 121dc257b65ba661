package kr.go.msit.sovereignai.application.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.msit.sovereignai.application.programme.GpuLedgerView.AllocationLine;
import kr.go.msit.sovereignai.application.programme.GpuLedgerView.LeaseLine;
import kr.go.msit.sovereignai.domain.gpu.GpuLedgerRepository;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/** What anyone may read without signing in: the programme, its teams, rounds and GPU ledger. */
@Stateless
@PermitAll
public class ProgrammeCatalogue {

    private final ProgrammeRepository programmes;
    private final TeamRepository teams;
    private final ReviewRoundRepository rounds;
    private final GpuLedgerRepository gpuLedger;
    private final ResultRepository results;

    @Inject
    public ProgrammeCatalogue(
            ProgrammeRepository programmes,
            TeamRepository teams,
            ReviewRoundRepository rounds,
            GpuLedgerRepository gpuLedger,
            ResultRepository results) {
        this.programmes = programmes;
        this.teams = teams;
        this.rounds = rounds;
        this.gpuLedger = gpuLedger;
        this.results = results;
    }

    /** For the container's proxies only. */
    protected ProgrammeCatalogue() {
        this(null, null, null, null, null);
    }

    /**
     * How many teams each round leaves (cancelled rounds leave nothing and are absent). A published
     * round: the teams on its own ballot that its published result kept in the race, whatever has
     * happened since. A round still to come: the teams it will have (those left by the round before,
     * plus teams joining at it; its own ballot once opened) less its planned eliminations.
     */
    public Map<Integer, Integer> teamsLeftAfterEachRound() {
        Map<Integer, Integer> left = new HashMap<>();
        headcountOfEachRound().forEach((number, headcount) -> left.put(number, headcount.left()));
        return left;
    }

    /**
     * Each round's teams in and out, as {@link #teamsLeftAfterEachRound} counts them: a published
     * round as its published result has it (eliminated on points and disqualified apart), a round
     * still to come as planned.
     */
    public Map<Integer, RoundHeadcount> headcountOfEachRound() {
        Map<Integer, RoundHeadcount> headcounts = new HashMap<>();
        Integer previous = null;
        List<Team> inTheRace = teams.findInTheRace();
        for (ReviewRound round : rounds.findAll()) {
            if (round.isCancelled()) {
                continue;
            }
            RoundHeadcount headcount;
            if (round.isPublished()) {
                List<Outcome> outcomes = results.published(round.getId()).stream()
                        .map(line -> line.result().outcome())
                        .toList();
                headcount = new RoundHeadcount(
                        outcomes.size(),
                        (int) outcomes.stream()
                                .filter(o -> o == Outcome.ELIMINATED)
                                .count(),
                        (int) outcomes.stream()
                                .filter(o -> o == Outcome.DISQUALIFIED)
                                .count(),
                        (int) outcomes.stream()
                                .filter(o -> o.teamStatus().inTheRace())
                                .count());
            } else {
                int joining = (int) inTheRace.stream()
                        .filter(t -> t.getJoinedRoundNumber() == round.getNumber())
                        .count();
                int before = round.hasOpened() || previous == null
                        ? teams.competingIn(round).size()
                        : previous + joining;
                int eliminated = Math.min(before, round.getPlannedEliminations());
                headcount = new RoundHeadcount(before, eliminated, 0, before - eliminated);
            }
            headcounts.put(round.getNumber(), headcount);
            previous = headcount.left();
        }
        return headcounts;
    }

    /**
     * A round's teams: how many compete in it, how many it eliminates on points, how many it
     * disqualifies and how many it leaves in the race (planned for a round to come, as published after).
     */
    public record RoundHeadcount(int competing, int eliminated, int disqualified, int left)
            implements java.io.Serializable {}

    public Optional<ProgrammeView> programme() {
        return programmes.find().map(ProgrammeView::of);
    }

    public List<TeamView> allTeams() {
        return teams.findAll().stream().map(TeamView::of).toList();
    }

    public List<TeamView> teamsInTheRace() {
        return teams.findInTheRace().stream().map(TeamView::of).toList();
    }

    public Optional<TeamView> team(String code) {
        return code == null ? Optional.empty() : teams.findByCode(code).map(TeamView::of);
    }

    public Optional<TeamView> team(long id) {
        return teams.find(id).map(TeamView::of);
    }

    public List<ReviewRound> rounds() {
        return rounds.findAll();
    }

    public Optional<ReviewRound> round(int number) {
        return rounds.findByNumber(number);
    }

    /** Every round, in order, as an administrator's round chooser shows it. */
    public List<RoundChoice> roundChoices() {
        return rounds.findAll().stream().map(ProgrammeCatalogue::choice).toList();
    }

    public Optional<RoundChoice> roundChoice(int number) {
        return rounds.findByNumber(number).map(ProgrammeCatalogue::choice);
    }

    /** The number of {@link #currentRound()}, if there is one. */
    public Optional<Integer> currentRoundNumber() {
        return rounds.findCurrent().map(ReviewRound::getNumber);
    }

    private static RoundChoice choice(ReviewRound round) {
        return new RoundChoice(round.getNumber(), round.hasOpened());
    }

    /** The round the programme is waiting on: the open one, else the first one not yet published. */
    public Optional<ReviewRound> currentRound() {
        return rounds.findCurrent();
    }

    /** The whole GPU ledger with the teams it names, read at once. */
    public GpuLedgerView gpuLedger() {
        return new GpuLedgerView(
                allTeams(),
                gpuLedger.leases().stream().map(LeaseLine::of).toList(),
                gpuLedger.allocations().stream().map(AllocationLine::of).toList());
    }

    /** Where a team's accelerators come from: what it was allocated and what it leases out. */
    public TeamGpuSources gpuSourcesOf(TeamView team) {
        List<LeaseLine> leasedOut = gpuLedger.leases().stream()
                .filter(lease -> lease.getLessor().equals(team.leadOrganisation())
                        || lease.getLessor().equals(team.name().ko()))
                .map(LeaseLine::of)
                .toList();
        return new TeamGpuSources(
                gpuLedger.allocationsTo(team.id()).stream()
                        .map(AllocationLine::of)
                        .toList(),
                leasedOut);
    }

    /** A team's side of the GPU ledger. */
    public record TeamGpuSources(List<AllocationLine> allocatedToTeam, List<LeaseLine> leasedOutByTeam)
            implements java.io.Serializable {

        public boolean isEmpty() {
            return allocatedToTeam.isEmpty() && leasedOutByTeam.isEmpty();
        }
    }
}
