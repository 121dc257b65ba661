package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;

/** A row of result_version: when one version of a round's result was published, and why. Persistence only. */
@Entity
@Table(name = "result_version")
@IdClass(ResultVersionRow.Key.class)
class ResultVersionRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "result_version", nullable = false, updatable = false)
    private int version;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(updatable = false, length = 2000)
    private String reason;

    @Column(name = "inputs_digest", updatable = false, length = 64)
    private String inputsDigest;

    @Column(name = "audit_head_sequence", updatable = false)
    private Long auditHeadSequence;

    @Column(name = "audit_head_hash", updatable = false, length = 64)
    private String auditHeadHash;

    protected ResultVersionRow() {}

    ResultVersionRow(long roundId, ResultVersion version) {
        this.roundId = roundId;
        this.version = version.version();
        this.publishedAt = version.publishedAt();
        this.reason = version.reason();
        this.inputsDigest = version.inputsDigest();
        this.auditHeadSequence = version.auditHeadSequence();
        this.auditHeadHash = version.auditHeadHash();
    }

    ResultVersion version() {
        return new ResultVersion(version, publishedAt, reason, inputsDigest, auditHeadSequence, auditHeadHash);
    }

    /** The composite key (round_id, result_version). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long roundId;
        private int version;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, version);
        }
    }
}
