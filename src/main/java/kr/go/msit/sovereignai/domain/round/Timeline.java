package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * A round's timeline, part of {@link ReviewRound}: its window, every move of it on record (postponements,
 * holds, a miss, a late opening, a cancellation) and the instants it actually opened and closed. The round
 * checks its status first; the timeline then keeps the window and its record consistent.
 */
@Embeddable
public class Timeline {

    /** A round opening this much after its window began (timers fire within seconds) records its shortened window. */
    static final Duration LATE_OPENING_TOLERANCE = Duration.ofMinutes(5);

    @Embedded
    private ReviewWindow window;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_postponement", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<Postponement> postponements = new ArrayList<>();

    /** When the round actually opened (see V21__actual_opening_closing.sql); null before. */
    @Column(name = "opened_at")
    private Instant openedAt;

    /** When the round actually closed; null before. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Timeline() {}

    Timeline(ReviewWindow window) {
        if (window == null) {
            throw new DomainRuleViolation("window.required");
        }
        this.window = window;
    }

    /** The window as it stands now (after every postponement and a late opening). */
    public ReviewWindow window() {
        return window;
    }

    /** Every move of the window and every wait, oldest first. */
    public List<Postponement> postponements() {
        return List.copyOf(postponements);
    }

    /** The window first planned, before any postponement. */
    public ReviewWindow originalWindow() {
        return postponements.isEmpty() ? window : postponements.get(0).oldWindow();
    }

    public WindowPhase phaseAt(Instant now) {
        if (now.isBefore(window.opensAt())) {
            return WindowPhase.UPCOMING;
        }
        return window.contains(now) ? WindowPhase.IN_WINDOW : WindowPhase.ENDED;
    }

    /** An administrator moved the window (or a held round got a new one): not a hold, a miss or a late opening. */
    public boolean isPostponed() {
        return postponements.stream().anyMatch(p -> p.kind() == Postponement.Kind.POSTPONEMENT);
    }

    /** It opened well after its window began, so its window was shortened (on record). */
    public boolean isOpenedLate() {
        return postponements.stream().anyMatch(p -> p.kind() == Postponement.Kind.LATE_OPENING);
    }

    /** When the round actually opened; empty before it did (and for rounds opened before this was kept). */
    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    /** When the round actually closed; empty before it did. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** It opened before its window began ("open now"): the window shown is not when it ran. */
    public boolean isOpenedEarly() {
        return openedAt != null && openedAt.isBefore(window.opensAt());
    }

    /** It closed before its window ended ("close now"). */
    public boolean isClosedEarly() {
        return closedAt != null && closedAt.isBefore(window.closesAt());
    }

    /** The round's due transition (see {@link ReviewRound#dueAt}), from what the round says of its status. */
    DueTransition dueAt(Instant now, RoundStatus status, boolean held, boolean missed, RoundStatus previousRound) {
        if (status == RoundStatus.OPEN) {
            return now.isBefore(window.closesAt()) ? DueTransition.NONE : DueTransition.CLOSE;
        }
        if (status != RoundStatus.SCHEDULED || missed || (now.isBefore(window.opensAt()) && !held)) {
            return DueTransition.NONE;
        }
        if (previousRound == null || previousRound == RoundStatus.PUBLISHED) {
            // Released: it opens within its own window. A held round whose window passed while it waited stays
            // held until an administrator gives it a new one (publication never opens a round at a window of its
            // own making); one whose whole window passed unseen (the platform was down) waits likewise, as missed.
            if (now.isBefore(window.closesAt())) {
                return DueTransition.OPEN;
            }
            return held ? DueTransition.NONE : DueTransition.MISS;
        }
        return held ? DueTransition.NONE : DueTransition.HOLD;
    }

    /** The instant the schedule is for: the close of an open round, the opening of one waiting for its window. */
    Optional<Instant> nextScheduledInstant(boolean open, boolean waitsForWindow) {
        if (open) {
            return Optional.of(window.closesAt());
        }
        return waitsForWindow ? Optional.of(window.opensAt()) : Optional.empty();
    }

    /** The next round's window: one interval later, moved on by further intervals if that one has begun. */
    ReviewWindow nextWindow(int intervalMonths, Instant now) {
        ReviewWindow next = window.shiftedByMonths(intervalMonths);
        while (next.opensAt().isBefore(now)) {
            next = next.shiftedByMonths(intervalMonths);
        }
        return next;
    }

    /** Why the round was cancelled; empty unless it was. */
    public Optional<Postponement> cancellation() {
        return lastDelay().filter(p -> p.kind() == Postponement.Kind.CANCELLATION);
    }

    /** At {@code now} the window's end has come: from then on no evaluation is accepted, whatever the status. */
    boolean hasEndedAt(Instant now) {
        return window.hasEndedAt(now);
    }

    Optional<Postponement> lastDelay() {
        return postponements.isEmpty() ? Optional.empty() : Optional.of(postponements.get(postponements.size() - 1));
    }

    boolean lastDelayIs(Postponement.Kind kind) {
        return lastDelay().filter(p -> p.kind() == kind).isPresent();
    }

    /**
     * When the round was meant to start: its window's start, or the moment an administrator set a
     * window that had already begun (opening then is not late).
     */
    private Instant plannedStart() {
        Instant decided = postponements.stream()
                .filter(p -> p.kind() == Postponement.Kind.POSTPONEMENT)
                .map(Postponement::decidedAt)
                .max(Instant::compareTo)
                .orElse(Instant.MIN);
        return decided.isAfter(window.opensAt()) ? decided : window.opensAt();
    }

    /** Moves the window (the round checked it may move), keeping the old one on record with the reason. */
    Postponement postpone(
            ReviewWindow newWindow, LocalizedText reason, String decidedBy, Instant decidedAt, boolean open) {
        if (newWindow.equals(window)) {
            throw new DomainRuleViolation("round.postpone.sameWindow");
        }
        if (!newWindow.closesAt().isAfter(decidedAt)) {
            throw new DomainRuleViolation("round.postpone.closesInPast");
        }
        if (open && !newWindow.opensAt().equals(window.opensAt())) {
            throw new DomainRuleViolation("round.postpone.openKeepsStart");
        }
        return record(Postponement.Kind.POSTPONEMENT, newWindow, reason, decidedBy, decidedAt);
    }

    /** The round waits for the previous review's results, on record (the window stays). */
    Postponement hold(int previousRoundNumber, String decidedBy, Instant decidedAt) {
        return record(
                Postponement.Kind.HOLD,
                window,
                RoundNotice.HELD.text(String.valueOf(previousRoundNumber)),
                decidedBy,
                decidedAt);
    }

    /** The whole window passed unseen: the round waits for a new window, on record. */
    Postponement miss(int roundNumber, String decidedBy, Instant decidedAt) {
        if (decidedAt.isBefore(window.closesAt())) {
            throw new DomainRuleViolation("round.miss.notMissed", roundNumber);
        }
        return record(Postponement.Kind.MISSED, window, RoundNotice.MISSED.text(), decidedBy, decidedAt);
    }

    /**
     * The round opens at {@code now}: a held round whose window ran out gets one of the same length
     * from now, one opening well after its window began keeps its end, both on record.
     */
    void open(Instant now, boolean held, String decidedBy) {
        // New starts are whole minutes, as administrators enter them (an open round's start cannot move, so
        // a later extension must be able to name it exactly).
        Instant start = now.truncatedTo(ChronoUnit.MINUTES);
        if (held && !now.isBefore(window.closesAt())) {
            Duration length = Duration.between(window.opensAt(), window.closesAt());
            record(
                    Postponement.Kind.POSTPONEMENT,
                    new ReviewWindow(start, start.plus(length)),
                    RoundNotice.RENEWED_AFTER_WAIT.text(),
                    decidedBy,
                    now);
        } else if (now.isAfter(plannedStart().plus(LATE_OPENING_TOLERANCE)) && now.isBefore(window.closesAt())) {
            record(
                    Postponement.Kind.LATE_OPENING,
                    new ReviewWindow(start, window.closesAt()),
                    RoundNotice.OPENED_LATE.text(),
                    decidedBy,
                    now);
        }
        openedAt = now;
    }

    void close(Instant now) {
        closedAt = now;
    }

    Postponement cancel(LocalizedText reason, String decidedBy, Instant decidedAt) {
        return record(Postponement.Kind.CANCELLATION, window, reason, decidedBy, decidedAt);
    }

    private Postponement record(
            Postponement.Kind kind, ReviewWindow newWindow, LocalizedText reason, String decidedBy, Instant decidedAt) {
        Postponement entry = new Postponement(kind, window, newWindow, reason, decidedBy, decidedAt);
        postponements.add(entry);
        window = newWindow;
        return entry;
    }

    /** The window, and the reason of a cancellation, as the audit log records them. */
    @Override
    public String toString() {
        return window + cancellation().map(c -> " reason: " + c.reason().ko()).orElse("");
    }
}
