package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkScore;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;

/** A row of team_benchmark: one team's declared target and measured score on one benchmark of a round. Persistence only. */
@Entity
@Table(name = "team_benchmark")
@IdClass(TeamBenchmarkRow.Key.class)
class TeamBenchmarkRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Id
    @Column(name = "part_position", nullable = false, updatable = false)
    private int part;

    @Id
    @Column(name = "benchmark_position", nullable = false, updatable = false)
    private int position;

    @Column(name = "benchmark_name")
    private String chosenName;

    @Column(name = "target_score", nullable = false, precision = 8, scale = 4)
    private BigDecimal target;

    @Column(name = "target_model")
    private String targetModel;

    @Column(name = "measured_score", precision = 8, scale = 4)
    private BigDecimal measured;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TeamBenchmarkRow() {}

    TeamBenchmarkRow(long roundId, long teamId, BenchmarkSlot slot) {
        this.roundId = roundId;
        this.teamId = teamId;
        this.part = slot.part();
        this.position = slot.position();
    }

    /** Writes the benchmark into this row. */
    TeamBenchmarkRow enter(TeamBenchmark benchmark, String by, Instant at) {
        chosenName = benchmark.chosenName();
        target = benchmark.target();
        targetModel = benchmark.targetModel();
        measured = benchmark.measured();
        changedBy = by;
        changedAt = at;
        return this;
    }

    TeamBenchmark benchmark() {
        return new TeamBenchmark(
                teamId,
                new BenchmarkSlot(part, position),
                chosenName,
                BenchmarkScore.plain(target),
                targetModel,
                BenchmarkScore.plain(measured));
    }

    /** The composite key (round_id, team_id, part_position, benchmark_position). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long roundId;
        private long teamId;
        private int part;
        private int position;

        public Key() {}

        Key(long roundId, long teamId, BenchmarkSlot slot) {
            this.roundId = roundId;
            this.teamId = teamId;
            this.part = slot.part();
            this.position = slot.position();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.roundId == roundId
                    && key.teamId == teamId
                    && key.part == part
                    && key.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, teamId, part, position);
        }
    }
}
