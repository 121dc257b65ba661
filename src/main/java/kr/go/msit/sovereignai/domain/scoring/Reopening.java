package kr.go.msit.sovereignai.domain.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An administrator unlocked a submitted sheet, with the reason. */
@Embeddable
public class Reopening {

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "reopened_by", nullable = false)
    private String reopenedBy;

    @Column(name = "reopened_at", nullable = false)
    private Instant reopenedAt;

    protected Reopening() {}

    Reopening(String reason, String reopenedBy, Instant reopenedAt) {
        this.reason = reason;
        this.reopenedBy = reopenedBy;
        this.reopenedAt = reopenedAt;
    }

    public String reason() {
        return reason;
    }

    public String reopenedBy() {
        return reopenedBy;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }
}
