package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * A move of a round's window, with the window it replaced and the stated reason; or a hold,
 * which keeps the window and records that the round waited for the previous review's results.
 */
@Embeddable
public class Postponement {

    /** The longest reason, in each language (the columns' length). */
    public static final int MAX_REASON = 1000;

    /** What kind of delay this was. */
    public enum Kind {
        /** An administrator moved the window (or a held round was given a new one). */
        POSTPONEMENT,
        /** The window arrived before the previous review was published. */
        HOLD,
        /** The whole window passed while the platform was down; waits for a new window. */
        MISSED,
        /** Opened well after the window began: the window is shortened, its end kept. */
        LATE_OPENING,
        /** The round will not be held (the window stays on record as it was). */
        CANCELLATION
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "old_opens_at", nullable = false)
    private Instant oldOpensAt;

    @Column(name = "old_closes_at", nullable = false)
    private Instant oldClosesAt;

    @Column(name = "new_opens_at", nullable = false)
    private Instant newOpensAt;

    @Column(name = "new_closes_at", nullable = false)
    private Instant newClosesAt;

    /** The reason; its English text may be missing (null). */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "reason_ko", nullable = false, length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "reason_en", length = 1000))
    })
    private LocalizedText reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Postponement() {}

    Postponement(
            Kind kind,
            ReviewWindow oldWindow,
            ReviewWindow newWindow,
            LocalizedText reason,
            String decidedBy,
            Instant decidedAt) {
        LocalizedText given = LocalizedText.koreanRequired(reason, "postponement.reason.required");
        if (given.ko().length() > MAX_REASON) {
            throw new InvalidInput(InvalidInput.Input.REASON_KO, "text.tooLongMax", MAX_REASON);
        }
        if (given.en() != null && given.en().length() > MAX_REASON) {
            throw new InvalidInput(InvalidInput.Input.REASON_EN, "text.tooLongMax", MAX_REASON);
        }
        if (decidedBy == null || decidedBy.isBlank() || decidedAt == null) {
            throw new DomainRuleViolation("postponement.decider.required");
        }
        this.kind = kind;
        this.oldOpensAt = oldWindow.opensAt();
        this.oldClosesAt = oldWindow.closesAt();
        this.newOpensAt = newWindow.opensAt();
        this.newClosesAt = newWindow.closesAt();
        this.reason = given;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isHold() {
        return kind == Kind.HOLD;
    }

    /** The window changed (a postponement or a late opening), rather than the round only waiting. */
    public boolean movesWindow() {
        return !oldWindow().equals(newWindow());
    }

    public ReviewWindow oldWindow() {
        return new ReviewWindow(oldOpensAt, oldClosesAt);
    }

    public ReviewWindow newWindow() {
        return new ReviewWindow(newOpensAt, newClosesAt);
    }

    /** The reason, its Korean text standing in for the English where no translation was given. */
    public LocalizedText reason() {
        return reason.englishOrKorean();
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
