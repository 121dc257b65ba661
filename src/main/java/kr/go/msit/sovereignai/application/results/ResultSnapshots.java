package kr.go.msit.sovereignai.application.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kr.go.msit.sovereignai.application.results.RoundTallyInputs.Tallied;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import kr.go.msit.sovereignai.domain.audit.AuditRepository;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;

/**
 * Keeps every published version of a round's result as a snapshot, never to change: its lines
 * with their per-benchmark figures, the SHA-256 of its inputs' canonical form, and the audit chain's
 * head at that moment (read under the chain's lock, so no entry slips in between); a correction's
 * version also records the upheld objections it corrected.
 */
@ApplicationScoped
public class ResultSnapshots {

    private final ResultRepository results;
    private final AuditRepository audit;
    private final ObjectionRepository objections;

    @Inject
    public ResultSnapshots(ResultRepository results, AuditRepository audit, ObjectionRepository objections) {
        this.results = results;
        this.audit = audit;
        this.objections = objections;
    }

    /** For the container's proxies only. */
    protected ResultSnapshots() {
        this(null, null, null);
    }

    /** Keeps {@code version} of {@code round}'s result as {@code tallied} computed it; returns it sealed. */
    public ResultVersion keep(ReviewRound round, ResultVersion version, Tallied tallied) {
        AuditEntry head = audit.lockHead().orElse(null);
        ResultVersion sealed = version.sealed(
                tallied.digest(),
                head == null ? 0 : head.getSequence(),
                head == null ? AuditEntry.GENESIS : head.getHash());
        results.storePublished(round.getId(), sealed, tallied.lines());
        if (version.isCorrection()) {
            objections.ofRound(round.getId()).stream()
                    .filter(Objection::awaitsCorrection)
                    .forEach(o -> o.correctedIn(version.version()));
        }
        return sealed;
    }

    /** The latest version as published; empty before publication. */
    public List<PublishedLine> latest(ReviewRound round) {
        return results.published(round.getId());
    }
}
