package kr.go.msit.sovereignai.application.rounds;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue.RoundHeadcount;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Postponement;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.round.WindowPhase;

/** What pages and the open data read about rounds: records made from a round at one instant, never the round itself. */
public final class RoundViews {

    private RoundViews() {}

    /**
     * A round as the pages show it at {@code now}: its window as planned, when it actually opened and
     * closed (null before; {@code openedEarly}/{@code closedEarly} when "open now" or "close now" moved
     * them off the window), its record of moves and waits, and what it allows at that instant.
     */
    public record RoundView(
            int number,
            RoundStatus status,
            ReviewWindow window,
            ReviewWindow originalWindow,
            Instant openedAt,
            Instant closedAt,
            boolean openedEarly,
            boolean closedEarly,
            List<PostponementView> postponements,
            boolean cancelled,
            boolean held,
            boolean missed,
            boolean postponed,
            boolean openedLate,
            boolean open,
            boolean openable,
            boolean postponable,
            boolean cancellable,
            boolean hasClosed,
            boolean published,
            boolean arena,
            boolean revealsArena,
            boolean acceptsBallots,
            boolean acceptsArenaVotes,
            WindowPhase phase,
            int plannedEliminations,
            Instant publishedAt,
            Instant objectionEndsAt)
            implements Serializable {

        static RoundView of(ReviewRound round, Instant now, LocalizedText ministry) {
            var timeline = round.timeline();
            // A round opened early ("open now") is in its evaluation period, whatever its planned window says.
            WindowPhase phase = round.isOpen() && timeline.phaseAt(now) == WindowPhase.UPCOMING
                    ? WindowPhase.IN_WINDOW
                    : timeline.phaseAt(now);
            return new RoundView(
                    round.getNumber(),
                    round.getStatus(),
                    timeline.window(),
                    timeline.originalWindow(),
                    timeline.openedAt().orElse(null),
                    timeline.closedAt().orElse(null),
                    timeline.isOpenedEarly(),
                    timeline.isClosedEarly(),
                    timeline.postponements().stream()
                            .map(p -> PostponementView.of(p, ministry))
                            .toList(),
                    round.isCancelled(),
                    round.isHeld(),
                    round.isMissed(),
                    timeline.isPostponed(),
                    timeline.isOpenedLate(),
                    round.isOpen(),
                    round.isOpenable(),
                    round.isPostponable(),
                    round.isCancellable(),
                    round.hasClosed(),
                    round.isPublished(),
                    round.rulebook().isArena(),
                    round.revealsArena(),
                    round.acceptsBallotsAt(now),
                    round.acceptsArenaVotesAt(now),
                    phase,
                    round.getPlannedEliminations(),
                    round.announcement().publishedAt(),
                    round.announcement().objectionEndsAt());
        }
    }

    /**
     * One move of a round's window or one wait, with who decided it: the ministry by its name in each
     * language (the record keeps its Korean name), anyone else as recorded.
     */
    public record PostponementView(
            Postponement.Kind kind,
            boolean movesWindow,
            ReviewWindow oldWindow,
            ReviewWindow newWindow,
            LocalizedText reason,
            LocalizedText decidedBy,
            Instant decidedAt)
            implements Serializable {

        static PostponementView of(Postponement postponement, LocalizedText ministry) {
            String by = postponement.decidedBy();
            LocalizedText decider = ministry != null && ministry.ko().equals(by) ? ministry : LocalizedText.of(by, by);
            return new PostponementView(
                    postponement.kind(),
                    postponement.movesWindow(),
                    postponement.oldWindow(),
                    postponement.newWindow(),
                    postponement.reason(),
                    decider,
                    postponement.decidedAt());
        }
    }

    /**
     * A round on the programme's timeline with its teams in and out. {@code finalRound}: the first round
     * that leaves no more teams than the finalists wanted. {@code provisional}: a round to come that would
     * have no more teams than the finalists, so it eliminates nobody and is cancelled unless a team joins.
     */
    public record TimelineEntry(RoundView round, RoundHeadcount headcount, boolean finalRound, boolean provisional)
            implements Serializable {}
}
