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
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkEntry;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;

/** A row of benchmark_result: one team's entry for one benchmark part in a round. Persistence only. */
@Entity
@Table(name = "benchmark_result")
@IdClass(BenchmarkResultRow.Key.class)
class BenchmarkResultRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Id
    @Column(name = "part_position", nullable = false, updatable = false)
    private int position;

    @Column(name = "label_ko", nullable = false)
    private String labelKo;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "max_points", nullable = false, precision = 6, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "achievement_rate", nullable = false, precision = 7, scale = 2)
    private BigDecimal achievementRate;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal points;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected BenchmarkResultRow() {
    }

    BenchmarkResultRow(long roundId, long teamId, int position) {
        this.roundId = roundId;
        this.teamId = teamId;
        this.position = position;
    }

    /** Writes an entry into this row. */
    BenchmarkResultRow enter(BenchmarkEntry entry, String by, Instant at) {
        labelKo = entry.part().label().ko();
        labelEn = entry.part().label().en();
        maxPoints = entry.part().maxPoints();
        achievementRate = entry.achievementRate();
        points = entry.points();
        enteredBy = by;
        enteredAt = at;
        return this;
    }

    long teamId() {
        return teamId;
    }

    int position() {
        return position;
    }

    BenchmarkEntry entry() {
        return new BenchmarkEntry(new BenchmarkPart(LocalizedText.of(labelKo, labelEn), maxPoints), achievementRate, points);
    }

    /** The composite key (round_id, team_id, part_position). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long roundId;
        private long teamId;
        private int position;

        public Key() {
        }

        Key(long roundId, long teamId, int position) {
            this.roundId = roundId;
            this.teamId = teamId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.teamId == teamId && key.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, teamId, position);
        }
    }
}
