package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.audit.RefusalLog;
import kr.go.msit.sovereignai.application.scoring.ConflictDeclarations;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Sheet;
import kr.go.msit.sovereignai.application.scoring.ReviewerConsole;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundNotOpen;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reviewer submits a score sheet, without the container: only while assigned, open and not conflicted. */
class SubmittingSheetTest {

    private static final Instant OPENS = Instant.parse("2026-08-01T00:00:00Z");
    private static final String REVIEWER = "reviewer@example.kr";

    private final InMemory.Rounds rounds = new InMemory.Rounds();
    private final InMemory.Teams teams = new InMemory.Teams();
    private final InMemory.Accounts accounts = new InMemory.Accounts();
    private final InMemory.Panels panels = new InMemory.Panels();
    private final InMemory.Audit audit = new InMemory.Audit();
    private final InMemory.Changes changes = new InMemory.Changes();
    private final InMemory.TestClock clock = new InMemory.TestClock(OPENS.plus(Duration.ofDays(1)));
    private ReviewerConsole console;
    private ReviewRound round;
    private Team team;
    private Account reviewer;

    private static List<BigDecimal> scores(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @BeforeEach
    void anAssignedReviewerInAnOpenRound() {
        round = new ReviewRound(1, new ReviewWindow(OPENS, OPENS.plus(Duration.ofDays(14))), 1);
        rounds.store(round);
        team = new Team("upstage", new TeamProfile("업스테이지", "Upstage", "업스테이지", List.of(), "Solar", null), 1);
        teams.store(team);
        round.open(
                OPENS,
                "과학기술정보통신부",
                teams.findInTheRace().stream().map(Team::getId).toList());
        reviewer = Account.reviewer(REVIEWER, "심사위원", Panel.EXPERT, "unusable", clock.instant());
        accounts.store(reviewer);
        panels.assign(reviewer.getId(), round.getId());
        console = new ReviewerConsole(
                accounts,
                panels,
                rounds,
                teams,
                new RefusalLog(audit, clock),
                new ConflictDeclarations(rounds, panels),
                changes,
                clock,
                InMemory.caller(REVIEWER));
    }

    @Test
    void aSubmittedSheetIsStoredAndLocked() {
        Sheet sheet = console.submit(1, team.getId(), scores("10", "11.7", "9.5"), "근거 / reasons");

        assertEquals(SheetStatus.SUBMITTED, sheet.status());
        ScoreSheet stored = panels.sheetsOf(round.getId()).get(0);
        assertEquals(new BigDecimal("31.2"), stored.total());
        assertEquals(clock.instant(), stored.getSubmittedAt());
        assertThrows(
                DomainRuleViolation.class,
                () -> console.saveDraft(1, team.getId(), scores("1", "1", "1"), "x"),
                "a submitted sheet is locked");
        assertEquals(
                new BigDecimal("31.2"), panels.sheetsOf(round.getId()).get(0).total());
    }

    @Test
    void aPublishedRoundTakesOnlyASheetReopenedForACorrectionOfItsResult() {
        console.submit(1, team.getId(), scores("10", "11.7", "9.5"), "근거");
        round.close(round.timeline().window().closesAt());
        round.publish(clock.instant(), Duration.ofDays(7), Disclosure.FULL);
        ScoreSheet stored = panels.sheetsOf(round.getId()).get(0);
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        stored.reopen("이의신청 인용: 점수 입력 오류", "admin@example.kr", clock.instant());
        assertThrows(
                RoundNotOpen.class,
                () -> console.submit(1, team.getId(), scores("10", "10", "10"), "정정"),
                "reopened, but no correction is open: the published round takes no sheet");

        round.openCorrection();
        assertTrue(console.sheet(1, team.getId()).acceptsScores(), "the reviewer's page offers the reopened sheet");
        Sheet corrected = console.submit(1, team.getId(), scores("10", "10", "10"), "정정한 근거");
        assertEquals(SheetStatus.SUBMITTED, corrected.status());
        assertEquals(
                new BigDecimal("30.0"), panels.sheetsOf(round.getId()).get(0).total());
        assertThrows(
                DomainRuleViolation.class,
                () -> console.saveDraft(1, team.getId(), scores("1", "1", "1"), "x"),
                "submitted again, it is locked again");
    }

    @Test
    void scoresAreCheckedAgainstTheRoundsRubric() {
        DomainRuleViolation above = assertThrows(
                DomainRuleViolation.class, () -> console.submit(1, team.getId(), scores("12", "11", "11"), "근거"));
        assertEquals("score.aboveMaximum", above.messageKey());
        assertEquals(
                "score.justification.required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> console.submit(1, team.getId(), scores("10", "10", "10"), " "))
                        .messageKey());
        assertTrue(panels.sheetsOf(round.getId()).isEmpty(), "nothing refused is stored");
    }

    @Test
    void aSheetOutsideTheReviewersAssignmentIsRefusedAndRecorded() {
        ReviewRound other = new ReviewRound(
                2, new ReviewWindow(OPENS.plus(Duration.ofDays(180)), OPENS.plus(Duration.ofDays(194))), 1);
        rounds.store(other);
        assertEquals(
                "reviewer.notAssigned",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> console.submit(2, team.getId(), scores("10", "10", "10"), "근거"))
                        .messageKey());
        assertEquals(1, audit.refusals.size());
        assertTrue(audit.refusals.get(0).startsWith(REVIEWER + " submit sheet"));
    }

    @Test
    void aSheetAfterTheCloseIsRefusedAsRoundNotOpen() {
        round.close(round.timeline().window().closesAt());
        assertThrows(RoundNotOpen.class, () -> console.submit(1, team.getId(), scores("10", "10", "10"), "근거"));
        assertTrue(panels.sheetsOf(round.getId()).isEmpty());
    }

    @Test
    void aDraftFromATabThatSawAnOlderSheetIsRefusedNotSilentlyOverwritten() {
        Sheet first = console.saveDraft(1, team.getId(), -1, scores("5", "5", "5"), "첫 번째 창");
        assertEquals(
                "score.changedElsewhere",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> console.saveDraft(1, team.getId(), -1, scores("1", "1", "1"), "두 번째 창"))
                        .messageKey());
        assertEquals(
                "score.changedElsewhere",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> console.submit(
                                        1, team.getId(), first.version() + 1, scores("1", "1", "1"), "두 번째 창"))
                        .messageKey());
        assertEquals("첫 번째 창", panels.sheetsOf(round.getId()).get(0).getJustification());
        console.saveDraft(1, team.getId(), first.version(), scores("6", "6", "6"), "같은 창");
        assertEquals("같은 창", panels.sheetsOf(round.getId()).get(0).getJustification());
    }
}
