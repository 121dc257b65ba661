package kr.go.msit.sovereignai.domain.tally;

import java.io.Serializable;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * One published version of a round's result: version 1 at publication; each republication after a
 * correction adds one, with the reason given for it. Every version is a snapshot: its lines and
 * per-benchmark figures are kept as published, with the SHA-256 of its inputs' canonical form and
 * the audit chain's head at that moment, so anyone can check later that the chain still holds what
 * was published (all three null for versions published before snapshots were kept).
 *
 * @param reason why it was republished (what was corrected); null for the first publication
 * @param inputsDigest SHA-256 (hex) of the canonical form of the tally inputs the version was computed from
 * @param auditHeadSequence the sequence number of the audit chain's last entry when the version was published
 * @param auditHeadHash that entry's hash (the chain's genesis value when the log was empty)
 */
public record ResultVersion(
        int version,
        Instant publishedAt,
        String reason,
        String inputsDigest,
        Long auditHeadSequence,
        String auditHeadHash)
        implements Serializable {

    public static final int MAX_REASON = 2000;

    public ResultVersion {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        if (version > 1) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("results.republish.reasonRequired");
            }
            reason = reason.strip();
            if (reason.length() > MAX_REASON) {
                throw new DomainRuleViolation("text.tooLongMax", MAX_REASON);
            }
        }
    }

    /** A version as announced, before its snapshot's digest and audit head are known. */
    public ResultVersion(int version, Instant publishedAt, String reason) {
        this(version, publishedAt, reason, null, null, null);
    }

    /** This version sealed with its inputs' digest and the audit chain's head at publication. */
    public ResultVersion sealed(String digest, long headSequence, String headHash) {
        return new ResultVersion(version, publishedAt, reason, digest, headSequence, headHash);
    }

    public boolean isCorrection() {
        return version > 1;
    }

    /** Published with its snapshot (inputs' digest and audit head) kept. */
    public boolean isSnapshot() {
        return inputsDigest != null;
    }
}
