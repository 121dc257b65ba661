package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedRound;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;

/** The results of published rounds, as announced: what everyone reads. */
@Stateless
@PermitAll
public class RoundResults {

    private final ReviewRoundRepository rounds;
    private final ResultRepository results;
    private final BenchmarkRepository benchmarks;
    private final ObjectionRepository objections;
    private final Clock clock;

    @Inject
    public RoundResults(ReviewRoundRepository rounds, ResultRepository results, BenchmarkRepository benchmarks, ObjectionRepository objections,
            Clock clock) {
        this.rounds = rounds;
        this.results = results;
        this.benchmarks = benchmarks;
        this.objections = objections;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RoundResults() {
        this(null, null, null, null, null);
    }

    /** A published round's results as announced; refused (results.notPublished) before publication. */
    @PermitAll
    public PublishedResults results(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.isPublished()) {
            throw new NotPublished("results.notPublished", roundNumber);
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
        // A published round's inputs are frozen (its plan since it opened, targets and scores since
        // publication), so its figures are computed from them as they were announced.
        List<PublishedLine> published = results.published(round.getId());
        List<TeamBenchmark> entered = benchmarks.ofRound(round.getId());
        Map<Long, TeamBenchmarks> figures = entered.isEmpty() ? Map.of()
                : round.benchmarkPlan().scoreTeams(published.stream().map(p -> p.result().teamId()).toList(), entered);
        List<ResultLine> lines = published.stream().map(p -> ResultLine.of(p.teamName(), p.result(),
                figures.containsKey(p.result().teamId()) ? figures.get(p.result().teamId()).figures() : List.of())).toList();
        return new PublishedResults(round.getNumber(), round.getWindow(), round.getPublishedAt(), round.getObjectionEndsAt(),
                isFinal(round), round.componentPoints().points(), lines);
    }

    /** Final once the objection period has ended and no objection to the result is still open. */
    private boolean isFinal(ReviewRound round) {
        return round.isFinalAt(clock.instant()) && objections.ofRound(round.getId()).stream().noneMatch(Objection::isOpen);
    }
}
