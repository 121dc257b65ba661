package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.scoring.PanelAggregation;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.TeamResult;

/**
 * A team's line of a round's result as it was announced, kept unchanged afterwards (with the
 * team's names of that day), so later changes to teams or inputs never alter what was published.
 * A row of published_result: persistence only, read and written through the result repository.
 */
@Entity
@Table(name = "published_result")
@IdClass(PublishedResultRow.Key.class)
class PublishedResultRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    /** Which version of the round's result this line belongs to (a republication after a correction adds one). */
    @Id
    @Column(name = "result_version", nullable = false, updatable = false)
    private int resultVersion;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "team_name_ko", nullable = false, updatable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "team_name_en", nullable = false, updatable = false))
    })
    private LocalizedText teamName;

    @Column(nullable = false, updatable = false)
    private BigDecimal benchmark;

    @Column(nullable = false, updatable = false)
    private BigDecimal expert;

    @Enumerated(EnumType.STRING)
    @Column(name = "expert_rule", nullable = false, updatable = false)
    private PanelAggregation expertRule;

    @Column(name = "user_panel", nullable = false, updatable = false)
    private BigDecimal userPanel;

    @Enumerated(EnumType.STRING)
    @Column(name = "user_panel_rule", nullable = false, updatable = false)
    private PanelAggregation userPanelRule;

    @Column(name = "public_points", nullable = false, updatable = false)
    private BigDecimal publicPoints;

    @Column(nullable = false, updatable = false)
    private BigDecimal total;

    @Column(name = "team_rank", updatable = false)
    private Integer rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(length = 2000, updatable = false)
    private String rationale;

    @Column(nullable = false, updatable = false)
    private boolean robust;

    protected PublishedResultRow() {}

    PublishedResultRow(long roundId, int resultVersion, PublishedLine line) {
        TeamResult result = line.result();
        this.roundId = roundId;
        this.resultVersion = resultVersion;
        this.teamId = result.teamId();
        this.teamName = line.teamName();
        this.benchmark = result.benchmark();
        this.expert = result.expert();
        this.expertRule = result.expertRule();
        this.userPanel = result.userPanel();
        this.userPanelRule = result.userPanelRule();
        this.publicPoints = result.publicPoints();
        this.total = result.total();
        this.rank = result.rank();
        this.outcome = result.outcome();
        this.rationale = result.eligibilityRationale();
        this.robust = result.robust();
    }

    long teamId() {
        return teamId;
    }

    /** The line as the tally's values (its per-benchmark figures are kept in rows of their own). */
    PublishedLine line() {
        return new PublishedLine(
                teamName,
                new TeamResult(
                        teamId,
                        benchmark,
                        expert,
                        expertRule,
                        userPanel,
                        userPanelRule,
                        publicPoints,
                        total,
                        rank,
                        outcome,
                        rationale,
                        robust));
    }

    /** The key (round_id, team_id, result_version). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private long roundId;
        private long teamId;
        private int resultVersion;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.roundId == roundId
                    && key.teamId == teamId
                    && key.resultVersion == resultVersion;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(roundId, teamId, resultVersion);
        }
    }
}
