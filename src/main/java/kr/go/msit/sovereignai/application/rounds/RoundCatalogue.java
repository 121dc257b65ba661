package kr.go.msit.sovereignai.application.rounds;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue.RoundHeadcount;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.application.rounds.RoundViews.TimelineEntry;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/**
 * The rounds as anyone may read them, as records made at the injected clock's instant: the timeline,
 * one round, the round the programme waits on. What a round allows at that instant is asked of the round.
 */
@Stateless
@PermitAll
public class RoundCatalogue {

    private final ReviewRoundRepository rounds;
    private final ProgrammeRepository programmes;
    private final ProgrammeCatalogue programme;
    private final Clock clock;

    @Inject
    public RoundCatalogue(
            ReviewRoundRepository rounds, ProgrammeRepository programmes, ProgrammeCatalogue programme, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.programme = programme;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RoundCatalogue() {
        this(null, null, null, null);
    }

    /** Every round, in order. */
    public List<RoundView> rounds() {
        Instant now = clock.instant();
        LocalizedText ministry = ministry();
        return rounds.findAll().stream()
                .map(r -> RoundView.of(r, now, ministry))
                .toList();
    }

    /** One round, if there is such a round. */
    public Optional<RoundView> round(int number) {
        return rounds.findByNumber(number).map(r -> RoundView.of(r, clock.instant(), ministry()));
    }

    /** The round the programme is waiting on: the open one, else the first one not yet published. */
    public Optional<RoundView> currentRound() {
        return rounds.findCurrent().map(r -> RoundView.of(r, clock.instant(), ministry()));
    }

    /** The public criteria of a round, in order. */
    public List<CriterionChoice> publicCriteria(int roundNumber) {
        return rounds.findByNumber(roundNumber)
                .map(r -> r.rulebook().publicCriteria().stream()
                        .map(CriterionChoice::of)
                        .toList())
                .orElse(List.of());
    }

    /**
     * The programme's timeline: every round with its teams in and out (as {@link
     * ProgrammeCatalogue#headcountOfEachRound} counts them), the final round marked, and the rounds after
     * it provisional: they would have no team beyond the finalists, so they are cancelled unless a team joins.
     */
    public List<TimelineEntry> timeline() {
        Instant now = clock.instant();
        LocalizedText ministry = ministry();
        int finalists = programmes.find().map(Programme::getFinalistsWanted).orElse(0);
        Map<Integer, RoundHeadcount> headcounts = programme.headcountOfEachRound();
        List<TimelineEntry> entries = new ArrayList<>();
        boolean finalSeen = false;
        for (ReviewRound round : rounds.findAll()) {
            RoundHeadcount headcount = headcounts.getOrDefault(round.getNumber(), new RoundHeadcount(0, 0, 0, 0));
            boolean counts = !round.isCancelled();
            boolean isFinal = counts && !finalSeen && headcount.left() <= finalists;
            finalSeen |= isFinal;
            boolean provisional = counts && !round.hasOpened() && headcount.competing() <= finalists;
            entries.add(new TimelineEntry(
                    RoundView.of(round, now, ministry), headcount, isFinal && !provisional, provisional));
        }
        return entries;
    }

    private LocalizedText ministry() {
        return programmes.find().map(Programme::getMinistry).orElse(null);
    }
}
