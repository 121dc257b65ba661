package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.RoundTallyInputs.Tallied;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;
import kr.go.msit.sovereignai.domain.tally.TeamResult;
import kr.go.msit.sovereignai.domain.team.Team;

/**
 * From a closed round to its published result: the provisional tally with what still blocks
 * publication, and publication, which settles the teams' statuses, keeps the result as a snapshot,
 * starts the objection period and moves the schedule on. The inputs are gathered by
 * {@link TallyGatherer} and the versions kept by {@link ResultSnapshots}; publication and
 * republication lock the round first, so no input, resubmission or upholding lands beside them.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RoundPublication {

    private final ReviewRoundRepository rounds;
    private final TallyGatherer gatherer;
    private final ResultSnapshots snapshots;
    private final ReviewSchedule schedule;
    private final RoundResults publishedResults;
    private final ObjectionPeriod objectionPeriod;
    private final Event<StateChange> changes;
    private final Clock clock;

    @Inject
    public RoundPublication(
            ReviewRoundRepository rounds,
            TallyGatherer gatherer,
            ResultSnapshots snapshots,
            ReviewSchedule schedule,
            RoundResults publishedResults,
            ObjectionPeriod objectionPeriod,
            Event<StateChange> changes,
            Clock clock) {
        this.rounds = rounds;
        this.gatherer = gatherer;
        this.snapshots = snapshots;
        this.schedule = schedule;
        this.publishedResults = publishedResults;
        this.objectionPeriod = objectionPeriod;
        this.changes = changes;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RoundPublication() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The tally of a closed round as it would be published now, with what still blocks publication. */
    public ProvisionalTally provisionalTally(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.hasClosed()) {
            throw new DomainRuleViolation("tally.roundNotClosed", roundNumber);
        }
        if (round.isResultSettled()) {
            PublishedResults published = publishedResults.asAnnounced(round.getNumber());
            return new ProvisionalTally(
                    round.getNumber(),
                    round.getStatus(),
                    published.points(),
                    List.of(),
                    published.lines(),
                    List.of(),
                    false);
        }
        return gatherer.gather(round).tally().view();
    }

    /**
     * Publishes a closed round's result: the teams' statuses change, the result is kept as
     * announced (whole, whatever {@code disclosure} names: what is withheld is released at the end
     * of the objection period), the objection period starts, and the schedule moves on to the next round.
     */
    public PublishedResults publish(int roundNumber, Disclosure disclosure) {
        ReviewRound round = rounds.require(roundNumber);
        lockWithLaterRounds(round);
        if (!round.awaitsPublication()) {
            throw new DomainRuleViolation("round.publish.notClosed", roundNumber, round.getStatus());
        }
        Tallied tallied = publishable(round);
        for (TeamResult result : tallied.result().teams()) {
            tallied.teams().get(result.teamId()).settle(result.outcome().teamStatus());
        }
        String before = round.describe();
        round.publish(clock.instant(), objectionPeriod.length(), disclosure);
        ResultVersion first = new ResultVersion(
                round.announcement().resultVersion(), round.announcement().publishedAt(), null);
        ResultVersion kept = snapshots.keep(round, first, tallied);
        changes.fire(new StateChange(
                AuditAction.ROUND_PUBLISHED,
                "review " + roundNumber,
                before,
                "disclosure " + disclosure
                        + (round.announcement().withholdsFiguresAt(clock.instant())
                                ? " (the other ranks and figures withheld until "
                                        + round.announcement().objectionEndsAt() + ")"
                                : "")
                        + ": " + summary(tallied.lines()) + snapshot(kept)));
        schedule.afterPublication(round);
        return publishedResults.asAnnounced(round.getNumber());
    }

    /**
     * Republishes a round's result after an upheld objection's correction: the tally is computed again
     * from the corrected inputs and kept as a new version beside the earlier ones, with the reason; the
     * teams' statuses follow the new version, and the upheld objections record the version that corrected them.
     * Refused while a sheet reopened for the correction is not submitted again, and once a later review
     * has opened (its teams were drawn from this result).
     */
    public PublishedResults republish(int roundNumber, String reason) {
        ReviewRound round = rounds.require(roundNumber);
        List<ReviewRound> later = lockWithLaterRounds(round);
        if (!round.acceptsCorrections()) {
            throw new DomainRuleViolation("results.republish.noCorrection", roundNumber);
        }
        later.stream().filter(ReviewRound::hasOpened).findFirst().ifPresent(opened -> {
            throw new DomainRuleViolation("objection.uphold.laterRoundOpened", opened.getNumber());
        });
        ResultVersion corrected = new ResultVersion(round.announcement().resultVersion() + 1, clock.instant(), reason);
        Tallied tallied = publishable(round);
        List<PublishedLine> earlierLines = snapshots.latest(round);
        Map<Long, Outcome> earlier = earlierLines.stream()
                .collect(Collectors.toMap(
                        l -> l.result().teamId(), l -> l.result().outcome()));
        for (TeamResult result : tallied.result().teams()) {
            Team team = tallied.teams().get(result.teamId());
            Outcome was = earlier.get(result.teamId());
            if (was != null) {
                team.correctOutcome(was.teamStatus(), result.outcome().teamStatus());
            }
        }
        String before = "version " + round.announcement().resultVersion() + ": " + summary(earlierLines);
        int version = round.republish();
        ResultVersion kept = snapshots.keep(round, corrected, tallied);
        changes.fire(new StateChange(
                AuditAction.RESULT_REPUBLISHED,
                "review " + roundNumber,
                before,
                "version " + version + ": " + summary(tallied.lines()) + " reason: " + corrected.reason()
                        + snapshot(kept)));
        schedule.afterPublication(round);
        return publishedResults.asAnnounced(round.getNumber());
    }

    /**
     * Locks the round, then every later round still to be held, in round order and before the audit chain: what
     * follows a publication (opening, holding or cancelling the next rounds) writes them, and a use case on a later
     * round (its targets, its opening) locks that round before it audits. Answers the later rounds.
     */
    private List<ReviewRound> lockWithLaterRounds(ReviewRound round) {
        rounds.lock(round);
        List<ReviewRound> later = rounds.findAll().stream()
                .filter(r -> r.getNumber() > round.getNumber() && !r.isCancelled())
                .toList();
        later.forEach(rounds::lock);
        return later;
    }

    /** The round's tally, refused with the first thing that still blocks publication. */
    private Tallied publishable(ReviewRound round) {
        Tallied tallied = gatherer.gather(round).tally();
        tallied.firstBlocker().ifPresent(first -> {
            throw new DomainRuleViolation(
                    first.messageKey(),
                    first.names().ko() + " / " + first.names().en());
        });
        return tallied;
    }

    private static String summary(List<PublishedLine> lines) {
        return lines.stream()
                .map(l -> l.teamName().ko() + " " + l.result().total() + " "
                        + l.result().outcome())
                .collect(Collectors.joining("; "));
    }

    /** The snapshot as the audit entry records it: the digest, in the chain right after the head it names. */
    private static String snapshot(ResultVersion kept) {
        return " inputs sha256 " + kept.inputsDigest() + " after audit entry " + kept.auditHeadSequence();
    }
}
