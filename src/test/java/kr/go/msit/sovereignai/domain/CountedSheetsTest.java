package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.Rubric;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.CountedSheets;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import org.junit.jupiter.api.Test;

/**
 * Which sheets count, in one place: submitted, for a competing team, and not by a reviewer conflicted
 * with the team before the result was first published (a conflict declared later keeps what was published).
 */
class CountedSheetsTest {

    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14));
    private static final Instant PUBLISHED = Instant.parse("2026-01-15T06:00:00Z");
    private static final Rubric RUBRIC = Rubric.defaultFor(Panel.EXPERT, Component.EXPERT.defaultPoints());

    private static ScoreSheet sheet(long reviewer, long team, boolean submitted) {
        ScoreSheet sheet = new ScoreSheet(1, reviewer, team, Panel.EXPERT);
        sheet.saveDraft(
                RUBRIC, RUBRIC.criteria().stream().map(c -> BigDecimal.ONE).toList(), "근거");
        if (submitted) {
            sheet.submit(RUBRIC, PUBLISHED.minus(Duration.ofDays(2)));
        }
        return sheet;
    }

    private static ConflictOfInterest conflict(long reviewer, long team, Instant declaredAt) {
        return new ConflictOfInterest(
                reviewer, team, ConflictKind.EMPLOYMENT, "기관", null, "reviewer@example.kr", declaredAt);
    }

    @Test
    void aConflictDeclaredBeforePublicationDropsTheSheetAndOneDeclaredAfterKeepsIt() {
        ReviewRound round = new ReviewRound(1, JANUARY, 2);
        round.open(JANUARY.opensAt(), "schedule", List.of(3L, 7L));
        round.close(JANUARY.closesAt());
        ScoreSheet early = sheet(2, 3, true);
        ScoreSheet late = sheet(4, 3, true);
        ScoreSheet draft = sheet(5, 3, false);
        ScoreSheet notCompeting = sheet(6, 9, true);
        ScoreSheet plain = sheet(8, 7, true);
        List<ScoreSheet> sheets = List.of(early, late, draft, notCompeting, plain);
        List<ConflictOfInterest> conflicts = List.of(
                conflict(2, 3, PUBLISHED.minus(Duration.ofDays(1))),
                conflict(4, 3, PUBLISHED.plus(Duration.ofDays(1))));

        assertEquals(
                List.of(plain),
                CountedSheets.of(round, sheets, conflicts, Set.of(3L, 7L)),
                "before publication every conflict drops the reviewer's sheet for the team");
        round.publish(PUBLISHED, Duration.ofDays(7), Disclosure.FULL);
        assertEquals(
                List.of(late, plain),
                CountedSheets.of(round, sheets, conflicts, Set.of(3L, 7L)),
                "a conflict declared after publication keeps the sheet the published result counted");
    }
}
