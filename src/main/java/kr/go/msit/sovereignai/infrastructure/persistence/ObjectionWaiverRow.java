package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.tally.RoundTeamKey;

/** A row of objection_waiver: one team's waiver of its right to object to a round's result. Persistence only. */
@Entity
@Table(name = "objection_waiver")
@IdClass(RoundTeamKey.class)
class ObjectionWaiverRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "waived_by", nullable = false, updatable = false, length = ObjectionWaiver.MAX_WAIVED_BY)
    private String waivedBy;

    @Column(name = "waived_at", nullable = false, updatable = false)
    private Instant waivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiver_form", nullable = false, updatable = false)
    private ObjectionWaiver.Form form;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ObjectionWaiverRow() {}

    ObjectionWaiverRow(long roundId, ObjectionWaiver waiver) {
        this.roundId = roundId;
        this.teamId = waiver.teamId();
        this.waivedBy = waiver.waivedBy();
        this.waivedAt = waiver.waivedAt();
        this.form = waiver.form();
        this.recordedBy = waiver.recordedBy();
        this.recordedAt = waiver.recordedAt();
    }

    ObjectionWaiver waiver() {
        return new ObjectionWaiver(teamId, waivedBy, waivedAt, form, recordedBy, recordedAt);
    }
}
