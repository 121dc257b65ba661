package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkTargetOverride;

/** A row of benchmark_target_override: a declared target changed after its round opened. Persistence only. */
@Entity
@Table(name = "benchmark_target_override")
class BenchmarkTargetOverrideRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "part_position", nullable = false, updatable = false)
    private int part;

    @Column(name = "benchmark_position", nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "before_text", nullable = false, updatable = false)
    private String beforeText;

    @Column(name = "after_text", nullable = false, updatable = false)
    private String afterText;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected BenchmarkTargetOverrideRow() {}

    BenchmarkTargetOverrideRow(long roundId, BenchmarkTargetOverride override) {
        this.roundId = roundId;
        this.teamId = override.teamId();
        this.part = override.slot().part();
        this.position = override.slot().position();
        this.reason = override.reason();
        this.beforeText = override.before();
        this.afterText = override.after();
        this.changedBy = override.changedBy();
        this.changedAt = override.changedAt();
    }

    BenchmarkTargetOverride override() {
        return new BenchmarkTargetOverride(
                teamId, new BenchmarkSlot(part, position), reason, beforeText, afterText, changedBy, changedAt);
    }
}
