package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkScore;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;

/**
 * A row of published_benchmark: one team's figures on one benchmark as a version of the round's
 * result published them, kept unchanged, so an earlier version never shows a later version's figures
 * and a correction in progress is not public before its republication. Persistence only.
 */
@Entity
@Table(name = "published_benchmark")
@IdClass(PublishedBenchmarkRow.Key.class)
class PublishedBenchmarkRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "result_version", nullable = false, updatable = false)
    private int resultVersion;

    @Id
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Id
    @Column(name = "line_position", nullable = false, updatable = false)
    private int position;

    @Column(name = "part_index", nullable = false, updatable = false)
    private int part;

    @Column(name = "slot_position", nullable = false, updatable = false)
    private int slotPosition;

    @Column(name = "part_ko", nullable = false, updatable = false)
    private String partKo;

    @Column(name = "part_en", updatable = false)
    private String partEn;

    @Column(updatable = false)
    private String benchmark;

    @Column(name = "target_model", updatable = false)
    private String targetModel;

    @Column(updatable = false)
    private BigDecimal target;

    @Column(updatable = false)
    private BigDecimal measured;

    @Column(updatable = false)
    private BigDecimal achievement;

    @Column(updatable = false)
    private BigDecimal points;

    protected PublishedBenchmarkRow() {}

    PublishedBenchmarkRow(long roundId, int resultVersion, long teamId, int position, BenchmarkFigure figure) {
        this.roundId = roundId;
        this.resultVersion = resultVersion;
        this.teamId = teamId;
        this.position = position;
        this.part = figure.slot().part();
        this.slotPosition = figure.slot().position();
        this.partKo = figure.part().ko();
        this.partEn = figure.part().en();
        this.benchmark = figure.benchmark();
        this.targetModel = figure.targetModel();
        this.target = figure.target();
        this.measured = figure.measured();
        this.achievement = figure.achievement();
        this.points = figure.points();
    }

    long teamId() {
        return teamId;
    }

    BenchmarkFigure figure() {
        return new BenchmarkFigure(
                new BenchmarkSlot(part, slotPosition),
                LocalizedText.of(partKo, partEn),
                benchmark,
                targetModel,
                plain(target),
                plain(measured),
                achievement,
                points);
    }

    /** A score as it was entered (the column's scale added no digits to it). */
    private static BigDecimal plain(BigDecimal score) {
        return score == null ? null : BenchmarkScore.plain(score);
    }

    /** The key (round_id, result_version, team_id, line_position). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long roundId;
        private int resultVersion;
        private long teamId;
        private int position;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.roundId == roundId
                    && key.resultVersion == resultVersion
                    && key.teamId == teamId
                    && key.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, resultVersion, teamId, position);
        }
    }
}
