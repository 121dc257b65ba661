package kr.go.msit.sovereignai.domain.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A reviewer's tie to a team (to any organisation of the consortium, not only its lead): the
 * reviewer then neither sees nor scores that team. Declared by the reviewer or recorded by an
 * administrator.
 */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private long reviewerId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConflictKind kind;

    @Column(nullable = false, updatable = false)
    private String organisation;

    @Column(updatable = false, length = 1000)
    private String note;

    @Column(name = "declared_by", nullable = false, updatable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected ConflictOfInterest() {}

    public ConflictOfInterest(
            long reviewerId,
            long teamId,
            ConflictKind kind,
            String organisation,
            String note,
            String declaredBy,
            Instant declaredAt) {
        if (kind == null) {
            throw new DomainRuleViolation("conflict.kind.required");
        }
        if (organisation == null || organisation.isBlank()) {
            throw new DomainRuleViolation("conflict.organisation.required");
        }
        if (organisation.strip().length() > 200 || (note != null && note.strip().length() > 1000)) {
            throw new DomainRuleViolation("text.tooLong");
        }
        if (kind == ConflictKind.OTHER && (note == null || note.isBlank())) {
            throw new DomainRuleViolation("conflict.note.required");
        }
        this.reviewerId = reviewerId;
        this.teamId = teamId;
        this.kind = kind;
        this.organisation = organisation.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public Long getId() {
        return id;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public long getTeamId() {
        return teamId;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getNote() {
        return note;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
