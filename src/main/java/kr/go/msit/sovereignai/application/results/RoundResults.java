package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedRound;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedVersion;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
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
    private final ObjectionRepository objections;
    private final Clock clock;

    @Inject
    public RoundResults(ReviewRoundRepository rounds, ResultRepository results, ObjectionRepository objections, Clock clock) {
        this.rounds = rounds;
        this.results = results;
        this.objections = objections;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RoundResults() {
        this(null, null, null, null);
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

    /**
     * One version of a published round's results, as it was announced: refused (results.notPublished)
     * before publication, and as not found (results.versionNotFound) for a version never published.
     */
    @PermitAll
    public PublishedResults results(int roundNumber, int version) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.isPublished()) {
            throw new NotPublished("results.notPublished", roundNumber);
        }
        if (version < 1 || version > round.getResultVersion()) {
            throw new ResultVersionNotFound(roundNumber, version);
        }
        return published(round, version);
    }

    private PublishedResults published(ReviewRound round) {
        return published(round, round.getResultVersion());
    }

    private PublishedResults published(ReviewRound round, int version) {
        List<ResultLine> lines = results.published(round.getId(), version).stream().map(p -> ResultLine.of(p.teamName(), p.result())).toList();
        List<Objection> ofRound = objections.ofRound(round.getId());
        return new PublishedResults(round.getNumber(), round.getWindow(), round.getPublishedAt(), round.getObjectionEndsAt(),
                isFinal(round, ofRound), round.componentPoints().points(), lines, version, versions(round, ofRound),
                round.acceptsCorrections());
    }

    /** Every version, each with what it changed against the one before it and the objections it corrected. */
    private List<PublishedVersion> versions(ReviewRound round, List<Objection> ofRound) {
        List<PublishedVersion> versions = new ArrayList<>();
        List<PublishedLine> before = List.of();
        for (ResultVersion version : results.versions(round.getId())) {
            List<PublishedLine> lines = results.published(round.getId(), version.version());
            versions.add(new PublishedVersion(version.version(), version.publishedAt(), version.reason(),
                    ofRound.stream().filter(o -> Integer.valueOf(version.version()).equals(o.getCorrectedInVersion())).map(Objection::getId).toList(),
                    version.isCorrection() ? ResultChange.between(before, lines) : List.of()));
            before = lines;
        }
        return versions;
    }

    /** Final once the objection period has ended, no objection to the result is still open and no correction is. */
    private boolean isFinal(ReviewRound round, List<Objection> ofRound) {
        return round.isFinalAt(clock.instant()) && ofRound.stream().noneMatch(Objection::isOpen);
    }
}
