package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change made to a rubric after the round opened (its rules were frozen): kept with its reason, before and after. */
@Entity
@Table(name = "rubric_override")
public class RubricOverride {

    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Panel panel;

    @Column(nullable = false)
    private String reason;

    @Column(name = "before_text", nullable = false)
    private String beforeText;

    @Column(name = "after_text", nullable = false)
    private String afterText;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RubricOverride() {}

    RubricOverride(Panel panel, String reason, Rubric before, Rubric after, String changedBy, Instant changedAt) {
        this.panel = panel;
        this.reason = reason;
        this.beforeText = before.describe();
        this.afterText = after.describe();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Panel getPanel() {
        return panel;
    }

    public String getReason() {
        return reason;
    }

    public String getBeforeText() {
        return beforeText;
    }

    public String getAfterText() {
        return afterText;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
