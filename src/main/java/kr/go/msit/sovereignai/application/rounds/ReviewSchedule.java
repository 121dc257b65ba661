package kr.go.msit.sovereignai.application.rounds;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.application.arena.ArenaOpening;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.DueTransition;
import kr.go.msit.sovereignai.domain.round.PublicCriterion;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * The review schedule: opens, holds and closes rounds when their windows call for it, and sets
 * each round's timer for the next instant that matters. Every method only does what the rounds'
 * windows, statuses and order already call for, so it may be called any number of times, by
 * timers, at start-up or after an administrator's change: a transition never happens twice
 * (each is guarded by the round's status, and its optimistic version refuses a concurrent one).
 * That is also why {@link #advance} requires no role: a caller can make nothing happen early.
 */
@Stateless
@PermitAll
public class ReviewSchedule {

    private final ReviewRoundRepository rounds;
    private final ProgrammeRepository programmes;
    private final TeamRepository teams;
    private final BallotRepository ballots;
    private final ReviewTimers timers;
    private final ArenaOpening arenaOpening;
    private final Event<StateChange> changes;
    private final Event<RoundClosed> closes;
    private final Clock clock;

    @Inject
    public ReviewSchedule(
            ReviewRoundRepository rounds,
            ProgrammeRepository programmes,
            TeamRepository teams,
            BallotRepository ballots,
            ReviewTimers timers,
            ArenaOpening arenaOpening,
            Event<StateChange> changes,
            Event<RoundClosed> closes,
            Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.teams = teams;
        this.ballots = ballots;
        this.timers = timers;
        this.arenaOpening = arenaOpening;
        this.changes = changes;
        this.closes = closes;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected ReviewSchedule() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Numbers of every round, in order: what start-up reconciliation walks through. */
    public List<Integer> roundNumbers() {
        return rounds.findAll().stream().map(ReviewRound::getNumber).toList();
    }

    /** Performs what the round's schedule calls for now (perhaps several steps missed while the server was down), then sets its timer. */
    public void advance(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        Instant now = clock.instant();
        for (DueTransition due = round.dueAt(now, previousStatus(round));
                due != DueTransition.NONE;
                due = round.dueAt(now, previousStatus(round))) {
            if (due == DueTransition.OPEN && correctionOpenBefore(round)) {
                // Waits, without a timer, for the correction's republication, which advances it again.
                timers.align(roundNumber, java.util.Optional.empty());
                return;
            }
            String before = round.describe();
            switch (due) {
                case OPEN -> open(round, now);
                case HOLD -> round.hold(roundNumber - 1, ministry(), now);
                case CLOSE -> {
                    // Waits for inputs in flight and re-reads the round: an administrator may have closed it meanwhile.
                    rounds.closeInputGates(round);
                    if (!round.isOpen()) {
                        continue;
                    }
                    round.close(clock.instant());
                }
                case MISS -> round.miss(ministry(), now);
                default -> throw new IllegalStateException(due.name());
            }
            changes.fire(new StateChange(
                    switch (due) {
                        case OPEN -> AuditAction.ROUND_OPEN_BY_SCHEDULE;
                        case HOLD -> AuditAction.ROUND_HOLD_BY_SCHEDULE;
                        case CLOSE -> AuditAction.ROUND_CLOSE_BY_SCHEDULE;
                        case MISS -> AuditAction.ROUND_MISS_BY_SCHEDULE;
                        default -> throw new IllegalStateException(due.name());
                    },
                    "review " + roundNumber,
                    before,
                    round.describe()));
            if (due == DueTransition.CLOSE) {
                closes.fire(new RoundClosed(roundNumber));
            }
        }
        timers.align(roundNumber, round.nextScheduledInstant());
    }

    /**
     * After a round is published. If only the finalists are left, every later round is cancelled
     * (with its reason, its timer removed): none may eliminate a finalist. Otherwise a held next
     * round is released into its own window (if its window has passed, it stays held until an
     * administrator gives it a new one: publication never opens a round at a moment of its own
     * making); with no next round, one is scheduled one review interval after this one's window.
     * Runs in the publication's transaction.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void afterPublication(ReviewRound published) {
        if (!published.isPublished()) {
            throw new DomainRuleViolation("round.publish.notClosed", published.getNumber(), published.getStatus());
        }
        int nextNumber = published.getNumber() + 1;
        Programme programme = programmes.find().orElseThrow(() -> new DomainRuleViolation("programme.notSeeded"));
        if (teams.findInTheRace().size() <= programme.getFinalistsWanted()) {
            LocalizedText reason = LocalizedText.of(
                    "최종 " + programme.getFinalistsWanted() + "개 팀이 제" + published.getNumber() + "차 단계평가에서 선정되어 열리지 않음",
                    "Not held: the " + programme.getFinalistsWanted() + " finalists were chosen in review "
                            + published.getNumber());
            rounds.findAll().stream()
                    .filter(later -> later.getNumber() > published.getNumber() && later.isCancellable())
                    .forEach(later -> cancel(later, reason));
            return;
        }
        if (rounds.findByNumber(nextNumber).isEmpty()) {
            ReviewRound next = published.next(
                    programme.getReviewIntervalMonths(), programme.getEliminationsPerReview(), clock.instant());
            add(next);
            changes.fire(new StateChange(AuditAction.ROUND_SCHEDULED, "review " + nextNumber, null, next.describe()));
        }
        advance(nextNumber);
    }

    /** Cancels a round that has not opened, with its reason on record; its timer is removed. */
    public void cancel(ReviewRound round, LocalizedText reason) {
        String before = round.describe();
        round.cancel(reason, ministry(), clock.instant());
        changes.fire(
                new StateChange(AuditAction.ROUND_CANCELLED, "review " + round.getNumber(), before, round.describe()));
        timers.align(round.getNumber(), round.nextScheduledInstant());
    }

    /**
     * After a round's window moved: every later scheduled round that would now come sooner than one
     * review interval after the round before it moves to exactly that, on record, so the programme's
     * spacing is kept (a later round never moves earlier).
     */
    public void respaceAfter(ReviewRound moved) {
        Programme programme = programmes.find().orElseThrow(() -> new DomainRuleViolation("programme.notSeeded"));
        ReviewRound previous = moved;
        for (ReviewRound later : rounds.findAll().stream()
                .filter(r -> r.getNumber() > moved.getNumber())
                .toList()) {
            if (later.isCancelled()) {
                continue;
            }
            ReviewWindow spaced = previous.timeline().window().shiftedByMonths(programme.getReviewIntervalMonths());
            if (later.isCancellable() && later.timeline().window().opensAt().isBefore(spaced.opensAt())) {
                String before = later.describe();
                later.postpone(
                        spaced,
                        LocalizedText.of(
                                "제" + previous.getNumber() + "차 단계평가 일정이 바뀌어 " + programme.getReviewIntervalMonths()
                                        + "개월 간격을 지키도록 옮김",
                                "Moved to keep the "
                                        + programme.getReviewIntervalMonths() + "-month interval after review "
                                        + previous.getNumber()
                                        + " was rescheduled"),
                        ministry(),
                        clock.instant());
                changes.fire(new StateChange(
                        AuditAction.ROUND_POSTPONED, "review " + later.getNumber(), before, later.describe()));
                timers.align(later.getNumber(), later.nextScheduledInstant());
            }
            previous = later;
        }
    }

    /** Opens a round with the teams competing in it now, and lays out its arena (if it has one) in the same transaction. */
    public void open(ReviewRound round, Instant now) {
        // The previous round locked, as an objection's upholding locks it: team statuses never change under an open
        // ballot.
        previousHeld(round).ifPresent(previous -> {
            rounds.lock(previous);
            if (previous.acceptsCorrections()) {
                throw new DomainRuleViolation("round.open.correctionOpen", previous.getNumber());
            }
        });
        List<Long> roster = teamsToOpenWith(round);
        round.open(now, ministry(), roster);
        ballots.prepareRatingTotals(
                round.getId(),
                roster,
                round.rulebook().publicCriteria().stream()
                        .map(PublicCriterion::getId)
                        .toList());
        arenaOpening.opened(round);
    }

    /** The teams a round opens with: those competing in it now (recorded on its ballot for good). */
    public List<Long> teamsToOpenWith(ReviewRound round) {
        return teams.competingIn(round).stream().map(Team::getId).toList();
    }

    /** Adds a new round to the programme, with the turnout counters its ballots will count on. */
    public void add(ReviewRound round) {
        rounds.store(round);
        ballots.prepareTurnout(round.getId());
    }

    /**
     * Who decided a schedule change, as the public notice names it: the ministry, not the
     * administrator's account (the audit log keeps that).
     */
    public String ministry() {
        return programmes
                .find()
                .map(p -> p.getMinistry().ko())
                .orElseThrow(() -> new DomainRuleViolation("programme.notSeeded"));
    }

    /** The round before this one has a correction of its published result open (issue 21). */
    private boolean correctionOpenBefore(ReviewRound round) {
        return previousHeld(round).map(ReviewRound::acceptsCorrections).orElse(false);
    }

    /** The status of the round before this one that is held at all; null for the first. */
    private RoundStatus previousStatus(ReviewRound round) {
        return previousHeld(round).map(ReviewRound::getStatus).orElse(null);
    }

    /** The round before this one that is held at all (cancelled rounds are skipped), if any. */
    public Optional<ReviewRound> previousHeld(ReviewRound round) {
        return rounds.findAll().stream()
                .filter(r -> r.getNumber() < round.getNumber() && !r.isCancelled())
                .max(Comparator.comparingInt(ReviewRound::getNumber));
    }
}
