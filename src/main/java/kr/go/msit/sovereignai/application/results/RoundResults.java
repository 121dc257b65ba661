package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedRound;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedVersion;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.ResultViews.WaiverView;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultChange;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;
import kr.go.msit.sovereignai.domain.tally.ResultVersionNotFound;

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
    public RoundResults(
            ReviewRoundRepository rounds,
            ResultRepository results,
            BenchmarkRepository benchmarks,
            ObjectionRepository objections,
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

    /**
     * A published round's results as they are public now: while the round withholds figures, only the
     * first and the last rank are named with theirs (see {@link #disclosed}); refused
     * (results.notPublished) before publication.
     */
    @PermitAll
    public PublishedResults results(int roundNumber) {
        ReviewRound round = requirePublished(roundNumber);
        return publicView(round, round.announcement().resultVersion());
    }

    /**
     * One version of a published round's results, as public now: refused (results.notPublished)
     * before publication, and as not found ({@link ResultVersionNotFound}) for a version never published.
     */
    @PermitAll
    public PublishedResults results(int roundNumber, int version) {
        ReviewRound round = requirePublished(roundNumber);
        if (version < 1 || version > round.announcement().resultVersion()) {
            throw new ResultVersionNotFound(roundNumber, version);
        }
        return publicView(round, version);
    }

    /** A published round's latest results with every rank and figure, whatever the announcement named: for administrators. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PublishedResults asAnnounced(int roundNumber) {
        ReviewRound round = requirePublished(roundNumber);
        return published(round, round.announcement().resultVersion(), false);
    }

    /**
     * The lines public while only the first and the last rank are named: those two with their rank
     * and figures; every other team by name and outcome only (its status is public from publication
     * on, and so is a disqualification's rationale), without rank or figures, and in the order of
     * their Korean names between the two, since rank order would tell the withheld ranks.
     */
    public static List<ResultLine> disclosed(List<ResultLine> announced) {
        List<ResultLine> ranked =
                announced.stream().filter(l -> l.rank() != null).toList();
        if (ranked.isEmpty()) {
            return announced.stream()
                    .map(ResultLine::withheld)
                    .sorted(Comparator.comparing(l -> l.name().ko()))
                    .toList();
        }
        ResultLine first =
                ranked.stream().min(Comparator.comparing(ResultLine::rank)).orElseThrow();
        ResultLine last =
                ranked.stream().max(Comparator.comparing(ResultLine::rank)).orElseThrow();
        List<ResultLine> lines = new ArrayList<>();
        lines.add(first);
        announced.stream()
                .filter(l -> l.teamId() != first.teamId() && l.teamId() != last.teamId())
                .map(ResultLine::withheld)
                .sorted(Comparator.comparing(l -> l.name().ko()))
                .forEach(lines::add);
        if (last.teamId() != first.teamId()) {
            lines.add(last);
        }
        return List.copyOf(lines);
    }

    /** Every published round, latest first. */
    @PermitAll
    public List<PublishedRound> publishedRounds() {
        return rounds.findAll().stream()
                .filter(ReviewRound::isPublished)
                .sorted((a, b) -> Integer.compare(b.getNumber(), a.getNumber()))
                .map(r -> new PublishedRound(
                        r.getNumber(),
                        r.announcement().publishedAt(),
                        r.announcement().objectionEndsAt()))
                .toList();
    }

    private ReviewRound requirePublished(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.isPublished()) {
            throw new NotPublished("results.notPublished", roundNumber);
        }
        return round;
    }

    /** A version of the result as the public may see it now (see {@link #disclosed}). */
    private PublishedResults publicView(ReviewRound round, int version) {
        return published(round, version, round.announcement().withholdsFiguresAt(clock.instant()));
    }

    private PublishedResults published(ReviewRound round, int version, boolean withheld) {
        List<ResultVersion> versions = results.versions(round.getId());
        List<PublishedLine> published = results.published(round.getId(), version);
        boolean snapshot = versions.stream().anyMatch(v -> v.version() == version && v.isSnapshot());
        List<ResultLine> lines = snapshot
                ? published.stream()
                        .map(p -> ResultLine.of(p.teamName(), p.result(), p.benchmarks()))
                        .toList()
                : computedFigures(round, published);
        List<Objection> ofRound = objections.ofRound(round.getId());
        List<PublishedLine> latest =
                version == round.announcement().resultVersion() ? published : results.published(round.getId());
        Map<Long, LocalizedText> names =
                latest.stream().collect(Collectors.toMap(l -> l.result().teamId(), PublishedLine::teamName));
        List<ObjectionWaiver> given = objections.waivers(round.getId());
        List<WaiverView> waivers = given.stream()
                .map(w -> new WaiverView(
                        w.teamId(),
                        names.getOrDefault(w.teamId(), LocalizedText.of("#" + w.teamId(), null)),
                        w.waivedBy(),
                        w.waivedAt(),
                        w.form()))
                .toList();
        boolean endedEarly =
                ObjectionWaiver.periodEndsAt(affected(latest), given).isPresent();
        boolean isFinal = isFinal(round, ofRound);
        boolean awaitingDecisions = !isFinal
                && ofRound.stream().anyMatch(Objection::isOpen)
                && !clock.instant().isBefore(round.announcement().objectionEndsAt());
        return new PublishedResults(
                round.getNumber(),
                round.timeline().window(),
                round.announcement().publishedAt(),
                round.announcement().objectionEndsAt(),
                isFinal,
                round.rulebook().componentPoints().points(),
                withheld ? disclosed(lines) : lines,
                round.announcement().disclosure(),
                withheld ? round.announcement().objectionEndsAt() : null,
                version,
                versions(round, versions, ofRound, withheld),
                round.acceptsCorrections(),
                waivers,
                endedEarly,
                awaitingDecisions);
    }

    /** The teams a published result eliminated or disqualified: their waivers can end the objection period early. */
    static Set<Long> affected(List<PublishedLine> latest) {
        return latest.stream()
                .filter(l ->
                        l.result().outcome() == Outcome.ELIMINATED || l.result().outcome() == Outcome.DISQUALIFIED)
                .map(l -> l.result().teamId())
                .collect(Collectors.toSet());
    }

    /**
     * A version published before snapshots were kept has no per-benchmark figures of its own: they
     * are computed from the round's inputs as they are now (frozen since, a correction aside).
     */
    private List<ResultLine> computedFigures(ReviewRound round, List<PublishedLine> published) {
        List<TeamBenchmark> entered = benchmarks.ofRound(round.getId());
        Map<Long, TeamBenchmarks> figures = entered.isEmpty()
                ? Map.of()
                : round.rulebook()
                        .benchmarkPlan()
                        .scoreTeams(
                                published.stream().map(p -> p.result().teamId()).toList(), entered);
        return published.stream()
                .map(p -> ResultLine.of(
                        p.teamName(),
                        p.result(),
                        figures.containsKey(p.result().teamId())
                                ? figures.get(p.result().teamId()).figures()
                                : List.of()))
                .toList();
    }

    /**
     * Every version, each with what it changed against the one before it and the objections it
     * corrected; while figures are withheld only changed outcomes are told (they are public anyway).
     */
    private List<PublishedVersion> versions(
            ReviewRound round, List<ResultVersion> published, List<Objection> ofRound, boolean withheld) {
        List<PublishedVersion> versions = new ArrayList<>();
        List<PublishedLine> before = List.of();
        for (ResultVersion version : published) {
            List<PublishedLine> lines = results.published(round.getId(), version.version());
            List<ResultChange> changes = version.isCorrection() ? ResultChange.between(before, lines) : List.of();
            versions.add(new PublishedVersion(
                    version.version(),
                    version.publishedAt(),
                    version.reason(),
                    ofRound.stream()
                            .filter(o -> Integer.valueOf(version.version()).equals(o.getCorrectedInVersion()))
                            .map(Objection::getId)
                            .toList(),
                    withheld
                            ? changes.stream()
                                    .filter(c -> c.figure() == ResultChange.Figure.OUTCOME)
                                    .toList()
                            : changes,
                    version.inputsDigest(),
                    version.auditHeadSequence(),
                    version.auditHeadHash()));
            before = lines;
        }
        return versions;
    }

    /** Final once the objection period has ended, no objection to the result is still open and no correction is. */
    private boolean isFinal(ReviewRound round, List<Objection> ofRound) {
        return round.announcement().isFinalAt(clock.instant())
                && ofRound.stream().noneMatch(Objection::isOpen);
    }
}
