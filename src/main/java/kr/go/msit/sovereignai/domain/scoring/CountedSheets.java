package kr.go.msit.sovereignai.domain.scoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/**
 * Which score sheets of a round count in its tally: submitted, for a team competing in the round,
 * and not by a reviewer who declared a conflict of interest with that team before the round's
 * result was first published. A conflict declared later keeps the sheets the published result
 * counted: conflicts are declared per team for every round to come, and a published result changes
 * only through the correction of an upheld objection, never because of a declaration made afterwards.
 */
public final class CountedSheets {

    private CountedSheets() {}

    /**
     * The sheets of {@code round} among {@code sheets} that count, given the conflicts of their
     * reviewers ({@code conflicts}) and the teams competing ({@code competing}).
     */
    public static List<ScoreSheet> of(
            ReviewRound round, List<ScoreSheet> sheets, Collection<ConflictOfInterest> conflicts, Set<Long> competing) {
        Instant publishedAt = round.announcement().publishedAt();
        return sheets.stream()
                .filter(s -> s.getStatus() == SheetStatus.SUBMITTED && competing.contains(s.getTeamId()))
                .filter(s -> conflicts.stream()
                        .noneMatch(c -> c.getReviewerId() == s.getReviewerId()
                                && c.getTeamId() == s.getTeamId()
                                && (publishedAt == null
                                        || c.getDeclaredAt() == null
                                        || c.getDeclaredAt().isBefore(publishedAt))))
                .toList();
    }

    /**
     * The sheets reopened to correct the published result and not submitted again: they block the
     * republication, or their reviewers would silently drop out of the new version.
     */
    public static List<ScoreSheet> reopenedForCorrection(ReviewRound round, List<ScoreSheet> sheets) {
        return sheets.stream().filter(s -> s.isCorrectableIn(round)).toList();
    }
}
