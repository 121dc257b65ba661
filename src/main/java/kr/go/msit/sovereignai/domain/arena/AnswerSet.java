package kr.go.msit.sovereignai.domain.arena;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One team's answer file for a round: its digest and who uploaded it when. Frozen when the round opens. */
@Entity
@Table(name = "arena_answer_set")
@IdClass(AnswerSet.Key.class)
public class AnswerSet {

    public record Key(Long roundId, Long teamId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected AnswerSet() {}

    public AnswerSet(long roundId, long teamId, String sha256, Instant uploadedAt, String uploadedBy) {
        this.roundId = roundId;
        this.teamId = teamId;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
