package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;

/**
 * A stage review ("단계평가"), the aggregate of the round. It owns its number, its status ({@code SCHEDULED ->
 * OPEN -> CLOSED -> PUBLISHED}, or {@code CANCELLED}), the roster recorded at opening, and three embedded parts:
 * <ul>
 * <li>the {@link Timeline}: the window, its postponements, holds and misses, the actual opening and closing;
 * <li>the {@link Rulebook}: points, rubrics and their overrides, the benchmark plan, the public criteria and
 * how citizens evaluate;
 * <li>the {@link Announcement}: publication, the objection period, result versions and corrections, the
 * disclosure and the tie order.
 * </ul>
 * Every transition and every guard is here: the round checks what its status allows, then lets the part
 * change itself. Pages and services ask the round (or read a part), never compare statuses themselves.
 */
@Entity
@Table(name = "review_round")
public class ReviewRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_number", nullable = false, unique = true, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status;

    /** How many teams this review is planned to eliminate on points. */
    @Column(name = "planned_eliminations", nullable = false)
    private int plannedEliminations;

    /** The teams on its ballot, recorded at opening: all about the round reads this, never today's statuses. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_team", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "team_id", nullable = false)
    private List<Long> roster = new ArrayList<>();

    @Embedded
    private Timeline timeline;

    @Embedded
    private Rulebook rulebook;

    @Embedded
    private Announcement announcement;

    @Version
    private long version;

    protected ReviewRound() {}

    public ReviewRound(int number, ReviewWindow window, int plannedEliminations) {
        if (number < 1) {
            throw new DomainRuleViolation("round.number.invalid");
        }
        if (plannedEliminations < 0) {
            throw new DomainRuleViolation("programme.eliminations.nonNegative");
        }
        this.number = number;
        this.plannedEliminations = plannedEliminations;
        this.status = RoundStatus.SCHEDULED;
        this.timeline = new Timeline(window);
        this.rulebook = Rulebook.defaults(number);
        this.announcement = new Announcement();
    }

    /** The window, its record of moves and waits, and when the round actually opened and closed. */
    public Timeline timeline() {
        return timeline;
    }

    /** Points, rubrics, the benchmark plan, the public criteria and how citizens evaluate. */
    public Rulebook rulebook() {
        return rulebook;
    }

    /** Publication, the objection period, result versions, disclosure and tie order. */
    public Announcement announcement() {
        return announcement;
    }

    /** New points for the components, only before the round opens (rubrics that no longer add up are reset). */
    public void changeComponentPoints(ComponentPoints points) {
        if (hasOpened()) {
            throw new DomainRuleViolation("weights.frozen", number);
        }
        rulebook.changeComponentPoints(points);
    }

    /** Replaces the benchmark plan (its parts must add up to the benchmark points), only before the round opens. */
    public void changeBenchmarkPlan(BenchmarkPlan plan) {
        if (hasOpened()) {
            throw new DomainRuleViolation("benchmark.plan.frozen", number);
        }
        rulebook.changeBenchmarkPlan(plan);
    }

    /** Replaces a panel's rubric: free before the round opens, after it a reasoned override on record. */
    public void changeRubric(
            Panel panel,
            List<RubricCriterion> lines,
            String reason,
            boolean sheetsSubmitted,
            String changedBy,
            Instant changedAt) {
        rulebook.changeRubric(number, hasOpened(), panel, lines, reason, sheetsSubmitted, changedBy, changedAt);
    }

    /** How citizens evaluate (the mode, the arena's plan and battle cap): rules, so only while scheduled. */
    public void choosePublicEvaluation(PublicEvaluationMode mode, long seed, int replicates, int battleCap) {
        requireStatus(RoundStatus.SCHEDULED, "round.rules.frozen");
        rulebook.choosePublicEvaluation(mode, seed, replicates, battleCap);
    }

    /** Whether only verified citizens may vote (ballot and arena): a rule, so only while scheduled. */
    public void requireVerifiedIdentity(boolean required) {
        requireStatus(RoundStatus.SCHEDULED, "round.rules.frozen");
        rulebook.requireVerifiedIdentity(required);
    }

    /** Moves the window, the old one on record with the reason: a round not yet closed; an open one keeps its start. */
    public Postponement postpone(ReviewWindow newWindow, LocalizedText reason, String decidedBy, Instant decidedAt) {
        if (!isPostponable()) {
            throw new DomainRuleViolation("round.postpone.notAllowed", number, status);
        }
        // A new window is a new appointment (and ends any hold): the schedule looks at it afresh when it arrives.
        return timeline.postpone(newWindow, reason, decidedBy, decidedAt, status == RoundStatus.OPEN);
    }

    /** Reviews keep their order: {@code window} may not open before that of an earlier review still to be held. */
    public void requireAfter(ReviewRound earlier, ReviewWindow window) {
        if (earlier.number < number
                && earlier.status == RoundStatus.SCHEDULED
                && window.opensAt().isBefore(earlier.timeline.window().opensAt())) {
            throw new ReviewOrderViolation(number, earlier.number);
        }
    }

    /** What the schedule calls for at {@code now}, given the previous round's status (null for the first round). */
    public DueTransition dueAt(Instant now, RoundStatus previousRound) {
        return timeline.dueAt(now, status, isHeld(), isMissed(), previousRound);
    }

    /** When the schedule next needs to look at this round, if ever: the instant its timer is for. */
    public Optional<Instant> nextScheduledInstant() {
        return timeline.nextScheduledInstant(
                status == RoundStatus.OPEN, status == RoundStatus.SCHEDULED && !isHeld() && !isMissed());
    }

    /** The window arrived before the previous review was published: the round waits, on record. */
    public Postponement hold(int previousRoundNumber, String decidedBy, Instant decidedAt) {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        if (isHeld()) {
            throw new DomainRuleViolation("round.alreadyHeld", number);
        }
        return timeline.hold(previousRoundNumber, decidedBy, decidedAt);
    }

    /** The whole window passed unseen (the platform was down): the round waits for a new window, on record. */
    public Postponement miss(String decidedBy, Instant decidedAt) {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        if (isHeld() || isMissed()) {
            throw new DomainRuleViolation("round.miss.notMissed", number);
        }
        return timeline.miss(number, decidedBy, decidedAt);
    }

    /** Opens at {@code now} with {@code competingTeamIds} on its ballot for good (the timeline records the instant). */
    public void open(Instant now, String decidedBy, List<Long> competingTeamIds) {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        if (isMissed()) {
            throw new DomainRuleViolation("round.open.windowOver", number);
        }
        timeline.open(now, isHeld(), decidedBy);
        roster.clear();
        roster.addAll(competingTeamIds.stream().distinct().toList());
        status = RoundStatus.OPEN;
    }

    /** The round will not be held: cancelled before it opened, its reason on record (its window stays). */
    public Postponement cancel(LocalizedText reason, String decidedBy, Instant decidedAt) {
        if (!isCancellable()) {
            throw new DomainRuleViolation("round.cancel.notScheduled", number, status);
        }
        Postponement cancellation = timeline.cancel(reason, decidedBy, decidedAt);
        status = RoundStatus.CANCELLED;
        return cancellation;
    }

    /** The round stops accepting evaluations at {@code now} (recorded); results are provisional until published. */
    public void close(Instant now) {
        requireStatus(RoundStatus.OPEN, "round.close.notOpen");
        timeline.close(now);
        status = RoundStatus.CLOSED;
    }

    /** The round after this one, one review interval later (or more, so it never starts late or short). */
    public ReviewRound next(int intervalMonths, int eliminations, Instant now) {
        return new ReviewRound(number + 1, timeline.nextWindow(intervalMonths, now), eliminations);
    }

    /** Results become public as far as {@code disclosure} names them; objections run for {@code objectionPeriod}. */
    public void publish(Instant now, Duration objectionPeriod, Disclosure disclosure) {
        requireStatus(RoundStatus.CLOSED, "round.publish.notClosed");
        announcement.publish(now, objectionPeriod, disclosure);
        status = RoundStatus.PUBLISHED;
    }

    /** An upheld objection opens a correction: inputs may be corrected and the result republished. */
    public void openCorrection() {
        if (!isPublished()) {
            throw new DomainRuleViolation("results.notPublished", number);
        }
        announcement.openCorrection();
    }

    /** Republished after a correction as a new version (returned); earlier versions stay as announced. */
    public int republish() {
        if (!acceptsCorrections()) {
            throw new DomainRuleViolation("results.republish.noCorrection", number);
        }
        return announcement.republish();
    }

    /** Every team that could object has waived: the period ends at {@code at} (not during a correction); shortened? */
    public boolean endObjectionPeriodEarly(Instant at) {
        return isResultSettled() && announcement.endObjectionPeriodEarly(at);
    }

    /** Records the order an administrator decided for teams tied on every criterion. */
    public void decideTieOrder(List<Long> teamIds) {
        if (isResultSettled()) {
            throw new DomainRuleViolation("round.published.frozen", number);
        }
        announcement.decideTieOrder(teamIds);
    }

    /** Rating ballots are taken at {@code now}: an open rating round before its closing instant, whatever the status. */
    public boolean acceptsBallotsAt(Instant now) {
        return status.acceptsEvaluations() && !rulebook.isArena() && !timeline.hasEndedAt(now);
    }

    /** Arena battles may be issued and voted on at {@code now}: as {@link #acceptsBallotsAt}, in an arena. */
    public boolean acceptsArenaVotesAt(Instant now) {
        return status.acceptsEvaluations() && rulebook.isArena() && !timeline.hasEndedAt(now);
    }

    /** The arena's prompts and answers may still be uploaded or screened: an arena round not yet opened. */
    public boolean acceptsArenaMaterial() {
        return rulebook.isArena() && status == RoundStatus.SCHEDULED;
    }

    /** The arena's votes are final and public with the teams' identities: an arena round that has closed. */
    public boolean revealsArena() {
        return rulebook.isArena() && hasClosed();
    }

    /** Open: score sheets and conflicts are taken, sheets reopened, and an administrator may close it now. */
    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    /** Scheduled and not missed: what an administrator may try to open now (the window and sequence decide). */
    public boolean isOpenable() {
        return status == RoundStatus.SCHEDULED && !isMissed();
    }

    /** "Open now" is allowed: before its window ends or while held, never for a missed round. */
    public boolean mayOpenNowAt(Instant now) {
        return isOpenable() && (isHeld() || !timeline.hasEndedAt(now));
    }

    /** Its window may still move: scheduled or open. */
    public boolean isPostponable() {
        return status == RoundStatus.SCHEDULED || status == RoundStatus.OPEN;
    }

    /** It has not opened and is not cancelled: it may still be cancelled. */
    public boolean isCancellable() {
        return status == RoundStatus.SCHEDULED;
    }

    public boolean isCancelled() {
        return status.isCancelled();
    }

    /** It has opened: its rules are frozen (changed only by a reasoned override on record). */
    public boolean hasOpened() {
        return status != RoundStatus.SCHEDULED && status != RoundStatus.CANCELLED;
    }

    /** Closed or published: ratings and scores may be aggregated. */
    public boolean hasClosed() {
        return status.hasClosed();
    }

    /** Closed and not yet published: the tally is provisional, ties are settled, publication is next. */
    public boolean awaitsPublication() {
        return status.awaitsPublication();
    }

    /** The results are public (and frozen). */
    public boolean isPublished() {
        return status.isPublished();
    }

    /** Published with a correction open: inputs may be corrected and the result republished. */
    public boolean acceptsCorrections() {
        return isPublished() && announcement.isCorrectionOpen();
    }

    /** Published and no correction open: its inputs, sheets and targets are frozen, and what it published stands. */
    public boolean isResultSettled() {
        return isPublished() && !announcement.isCorrectionOpen();
    }

    /** Being tallied: closed and awaiting publication, or published with a correction open. Ties may be settled. */
    public boolean isBeingTallied() {
        return awaitsPublication() || acceptsCorrections();
    }

    /** Tally inputs (benchmark results, eligibility) are taken: from opening to publication, and in a correction. */
    public boolean acceptsTallyInputs() {
        return (hasOpened() && !isPublished()) || acceptsCorrections();
    }

    /** It has not opened and will (its window ahead, held or missed): a team registered now competes in it. */
    public boolean isYetToOpen(Instant now) {
        return status == RoundStatus.SCHEDULED
                && (isHeld() || isMissed() || timeline.phaseAt(now) == WindowPhase.UPCOMING);
    }

    /** Its whole window passed while the platform was down and it waits for a new one. */
    public boolean isMissed() {
        return status == RoundStatus.SCHEDULED && timeline.lastDelayIs(Postponement.Kind.MISSED);
    }

    /** Its window arrived before the previous review was published and it waits (no new window since). */
    public boolean isHeld() {
        return status == RoundStatus.SCHEDULED && timeline.lastDelayIs(Postponement.Kind.HOLD);
    }

    /** Its status and window as the audit log records them. */
    public String describe() {
        return status + (isHeld() ? " (held)" : "") + (isMissed() ? " (missed)" : "") + " " + timeline;
    }

    private void requireStatus(RoundStatus required, String messageKey) {
        if (status != required) {
            throw new DomainRuleViolation(messageKey, number, status);
        }
    }

    public List<Long> getRoster() {
        return List.copyOf(roster);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getPlannedEliminations() {
        return plannedEliminations;
    }

    public long getVersion() {
        return version;
    }
}
