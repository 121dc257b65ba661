package kr.go.msit.sovereignai.application.rounds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;

/**
 * What administrators do to the schedule: postpone a round with a reason, open one early or
 * close one early. Each change is recorded in the audit log and moves the round's timer.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoundAdministration {

    private final ReviewRoundRepository rounds;
    private final ReviewSchedule schedule;
    private final ReviewTimers timers;
    private final Event<StateChange> changes;
    private final Event<RoundClosed> closes;
    private final Clock clock;

    @Inject
    public RoundAdministration(
            ReviewRoundRepository rounds,
            ReviewSchedule schedule,
            ReviewTimers timers,
            Event<StateChange> changes,
            Event<RoundClosed> closes,
            Clock clock) {
        this.rounds = rounds;
        this.schedule = schedule;
        this.timers = timers;
        this.changes = changes;
        this.closes = closes;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RoundAdministration() {
        this(null, null, null, null, null, null);
    }

    /**
     * Opens a scheduled round before its window: only once the previous round is published, and
     * only one round is open at a time. The window's end stays; the timer still closes it.
     */
    public void openNow(int roundNumber) {
        if (rounds.findAll().stream().anyMatch(ReviewRound::isOpen)) {
            throw new DomainRuleViolation("round.anotherOpen");
        }
        ReviewRound round = rounds.require(roundNumber);
        schedule.previousHeld(round).filter(previous -> !previous.isPublished()).ifPresent(previous -> {
            throw new DomainRuleViolation("round.previousNotPublished", previous.getNumber());
        });
        Instant now = clock.instant();
        if (!round.mayOpenNowAt(now)) {
            throw new DomainRuleViolation("round.open.windowOver", roundNumber);
        }
        String before = round.describe();
        schedule.open(round, now);
        rounds.flushChanges(round);
        changes.fire(
                new StateChange(AuditAction.ROUND_OPENED_EARLY, "review " + roundNumber, before, round.describe()));
        timers.align(round.getNumber(), round.nextScheduledInstant());
    }

    /** Closes an open round before its window ends: ballots and scores are no longer accepted. */
    public void closeNow(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        String before = round.describe();
        rounds.closeInputGates(round);
        round.close(clock.instant());
        rounds.flushChanges(round);
        changes.fire(
                new StateChange(AuditAction.ROUND_CLOSED_EARLY, "review " + roundNumber, before, round.describe()));
        closes.fire(new RoundClosed(roundNumber));
        timers.align(round.getNumber(), round.nextScheduledInstant());
    }

    /**
     * Moves a scheduled or open round to a new window, keeping the old one on record with the
     * reason; the round's timer moves with it. An open round keeps its start and may only move its end;
     * no review moves before an earlier one ({@link kr.go.msit.sovereignai.domain.round.ReviewOrderViolation}).
     */
    public void postpone(int roundNumber, @NotNull Instant opensAt, @NotNull Instant closesAt, LocalizedText reason) {
        ReviewRound round = rounds.require(roundNumber);
        ReviewWindow moved = new ReviewWindow(opensAt, closesAt);
        // Reviews keep their order: never before the review before it, if that is still to be held (moving an
        // earlier review later moves the later ones with it, see respaceAfter).
        schedule.previousHeld(round).ifPresent(previous -> {
            // Locked before anything is written or audited, in round order, as opening this round would lock it: a
            // correction of the previous result (which locks that round, then the audit chain) never deadlocks with it.
            if (previous.isPublished()) {
                rounds.lock(previous);
            }
            round.requireAfter(previous, moved);
        });
        String before = round.describe();
        round.postpone(moved, reason, schedule.ministry(), clock.instant());
        rounds.flushChanges(round);
        changes.fire(new StateChange(
                AuditAction.ROUND_POSTPONED,
                "review " + roundNumber,
                before,
                round.describe() + " reason: " + reason.ko().strip()));
        // Later rounds keep the programme's interval; a new window that has already begun opens now, if the previous
        // review is published.
        schedule.respaceAfter(round);
        schedule.advance(roundNumber);
    }

    /** Cancels a round that has not opened, with a reason (in Korean, optionally in English); it will not be held. */
    public void cancel(int roundNumber, LocalizedText reason) {
        ReviewRound round = rounds.require(roundNumber);
        schedule.cancel(round, reason);
        rounds.flushChanges(round);
    }

    /** Whether only citizens whose identity was verified may vote in the round: a rule, changed while it is scheduled. */
    public void requireVerifiedIdentity(int roundNumber, boolean required) {
        ReviewRound round = rounds.require(roundNumber);
        boolean before = round.rulebook().requiresVerifiedIdentity();
        round.requireVerifiedIdentity(required);
        rounds.flushChanges(round);
        changes.fire(new StateChange(
                AuditAction.VERIFIED_IDENTITY_REQUIREMENT_CHANGED,
                "review " + roundNumber,
                "verified identity required " + before,
                "verified identity required " + required));
    }
}
