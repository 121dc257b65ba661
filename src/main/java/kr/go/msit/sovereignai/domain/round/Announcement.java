package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A round's announcement, part of {@link ReviewRound}: when its result was published, until when
 * objections may be filed, which version of the result is current and whether a correction is open,
 * what the announcement disclosed, and the order decided for tied teams. The round checks its status;
 * the announcement keeps the versions and periods.
 */
@Embeddable
public class Announcement {

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Until this instant objections may be filed; after it the published result is final. */
    @Column(name = "objection_ends_at")
    private Instant objectionEndsAt;

    /** The published result's version: 1 at publication, one more at each republication; 0 before. */
    @Column(name = "result_version", nullable = false)
    private int resultVersion;

    /** An upheld objection opened a correction: inputs may be corrected and the result republished. */
    @Column(name = "correction_open", nullable = false)
    private boolean correctionOpen;

    /** What the announcement named, chosen at publication; withheld figures are released after the objection period. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disclosure disclosure = Disclosure.FULL;

    /** Team ids in the order an administrator decided for teams tied on every criterion. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_tie_order", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "team_id", nullable = false)
    private List<Long> tieOrder = new ArrayList<>();

    protected Announcement() {}

    /** When the result was first published; null before. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** Until when objections may be filed; null before publication. */
    public Instant objectionEndsAt() {
        return objectionEndsAt;
    }

    /** The current version of the published result; 0 before publication. */
    public int resultVersion() {
        return resultVersion;
    }

    /** What the announcement named, as chosen at publication (FULL before). */
    public Disclosure disclosure() {
        return disclosure;
    }

    /** Team ids in the order decided for teams tied on every criterion. */
    public List<Long> tieOrder() {
        return List.copyOf(tieOrder);
    }

    /**
     * Only the first and the last rank are public at {@code now}: published so, and the objection
     * period has not ended. Release needs no timer: from the period's end every figure is shown.
     */
    public boolean withholdsFiguresAt(Instant now) {
        return disclosure == Disclosure.FIRST_AND_LAST_RANK && objectionPeriodRunsAt(now);
    }

    /** Published and still in its objection period: objections to its result may be filed. */
    public boolean acceptsObjectionsAt(Instant now) {
        return objectionPeriodRunsAt(now);
    }

    /**
     * Published, the objection period is over and no correction is open (whether any objection is
     * still undecided is not the round's to know).
     */
    public boolean isFinalAt(Instant now) {
        return !correctionOpen && objectionPeriodOverAt(now);
    }

    /** Ends the objection period at {@code at} if it still runs then; never before publication. */
    boolean endObjectionPeriodEarly(Instant at) {
        if (objectionEndsAt == null || !at.isBefore(objectionEndsAt)) {
            return false;
        }
        objectionEndsAt = at.isBefore(publishedAt) ? publishedAt : at;
        return true;
    }

    boolean isCorrectionOpen() {
        return correctionOpen;
    }

    /** The objection period runs at {@code now}: the result was published and the period has not ended. */
    private boolean objectionPeriodRunsAt(Instant now) {
        return objectionEndsAt != null && now.isBefore(objectionEndsAt);
    }

    /** The objection period has ended at {@code now} (never before publication). */
    private boolean objectionPeriodOverAt(Instant now) {
        return objectionEndsAt != null && !now.isBefore(objectionEndsAt);
    }

    void publish(Instant now, Duration objectionPeriod, Disclosure chosen) {
        if (objectionPeriod.isNegative()) {
            throw new DomainRuleViolation("round.objectionPeriod.invalid");
        }
        if (chosen == null) {
            throw new DomainRuleViolation("round.disclosure.required");
        }
        publishedAt = now;
        objectionEndsAt = now.plus(objectionPeriod);
        disclosure = chosen;
        resultVersion = 1;
    }

    void openCorrection() {
        correctionOpen = true;
    }

    int republish() {
        correctionOpen = false;
        return ++resultVersion;
    }

    void decideTieOrder(List<Long> teamIds) {
        if (teamIds.stream().distinct().count() != teamIds.size()) {
            throw new DomainRuleViolation("tally.tieOrder.duplicate");
        }
        tieOrder.clear();
        tieOrder.addAll(teamIds);
    }
}
