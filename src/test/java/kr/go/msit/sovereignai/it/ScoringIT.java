package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.results.Objections;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.RoundPublication;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.application.rounds.RoundRules;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.NewReviewer;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Sheet;
import kr.go.msit.sovereignai.application.scoring.ReviewerAdministration;
import kr.go.msit.sovereignai.application.scoring.ReviewerConsole;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.RubricCriterion;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.infrastructure.security.AccountIdentityStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Panels in the container: reviewer accounts, conflicts, drafts, submission, lock and reopening. */
class ScoringIT extends ContainerTest {

    @Inject
    AsAdministrator administrator;

    @Inject
    AsReviewerA reviewerA;

    @Inject
    AsReviewerB reviewerB;

    @Inject
    ReviewerAdministration reviewers;

    @Inject
    RoundRules rules;

    @Inject
    ReviewerConsole console;

    @Inject
    Objections objections;

    @Inject
    AccountService accounts;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    TestSupport support;

    @Inject
    RoundPublication publication;

    @Inject
    RoundResults roundResults;

    @Inject
    TallyInputs tallyInputs;

    @PersistenceContext
    EntityManager entityManager;

    private int round;
    private long upstage;
    private long lg;

    @BeforeEach
    void twoExpertsAssignedToAFreshOpenRound() {
        round = support.openFreshRound();
        upstage = catalogue.team("upstage").orElseThrow().id();
        lg = catalogue.team("lg-ai-research").orElseThrow().id();
        for (String email : List.of(AsReviewerA.EMAIL, AsReviewerB.EMAIL)) {
            long id = administrator.call(() -> reviewers
                    .findReviewer(email)
                    .orElseGet(() -> reviewers
                            .createReviewer(email, "심사위원", Panel.EXPERT)
                            .id()));
            administrator.call(() -> {
                reviewers.assign(id, round);
                return null;
            });
        }
    }

    private static List<BigDecimal> scores(String... values) {
        return java.util.Arrays.stream(values)
                .map(v -> v == null ? null : new BigDecimal(v))
                .toList();
    }

    @Test
    void aNewReviewerSetsTheirPasswordOnceWithTheLinkAndSignsInAsAnExpert() {
        String email = "new-reviewer-" + System.nanoTime() + "@it.example";
        NewReviewer created = administrator.call(() -> reviewers.createReviewer(email, "새 위원", Panel.USER_PANEL));
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(email, "reviewer-password-1"))
                        .getStatus(),
                "no password before the link is used");

        accounts.setPasswordWithLink(created.setupSecret(), "reviewer-password-1");

        CredentialValidationResult signedIn =
                identityStore.validate(new UsernamePasswordCredential(email, "reviewer-password-1"));
        assertEquals(CredentialValidationResult.Status.VALID, signedIn.getStatus());
        assertTrue(signedIn.getCallerGroups().contains("EXPERT"));
        assertEquals(
                "setupLink.used",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> accounts.setPasswordWithLink(created.setupSecret(), "another-password-2"))
                        .messageKey(),
                "the link works once");
        assertEquals(
                "setupLink.unknown",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> accounts.setPasswordWithLink("guessed", "another-password-2"))
                        .messageKey());
    }

    @Test
    void aConflictedReviewerNeitherSeesNorScoresTheTeamAndTheAttemptIsRecorded() {
        reviewerA.call(() -> {
            console.declareConflict(upstage, ConflictKind.EMPLOYMENT, "업스테이지", "전 직장");
            return null;
        });
        long refusalsBefore = refusals();

        boolean offered = reviewerA.call(() -> console.assignments()).stream()
                .filter(a -> a.roundNumber() == round)
                .flatMap(a -> a.teams().stream())
                .anyMatch(t -> t.teamId() == upstage);
        assertFalse(offered, "the conflicted team is not offered");
        assertEquals(
                "reviewer.teamNotOffered",
                assertThrows(DomainRuleViolation.class, () -> reviewerA.call(() -> console.sheet(round, upstage)))
                        .messageKey());
        assertEquals(
                "reviewer.teamNotOffered",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> reviewerA.call(
                                        () -> console.saveDraft(round, upstage, scores("10", "10", "10"), "위조")))
                        .messageKey());
        assertEquals(refusalsBefore + 2, refusals(), "both forged requests were recorded");
        assertTrue(
                reviewerB.call(() -> console.assignments()).stream()
                        .filter(a -> a.roundNumber() == round)
                        .flatMap(a -> a.teams().stream())
                        .anyMatch(t -> t.teamId() == upstage),
                "another reviewer still scores it");
    }

    @Test
    void aSubmittedSheetIsLockedUntilAnAdministratorReopensItWithAReason() {
        reviewerA.call(() -> console.saveDraft(round, lg, scores("10", null, null), null));
        Sheet draft = reviewerA.call(() -> console.sheet(round, lg));
        assertEquals(SheetStatus.DRAFT, draft.status());
        assertEquals(new BigDecimal("10.0"), draft.scores().get(0));

        Sheet submitted = reviewerA.call(() -> console.submit(round, lg, scores("10", "11.7", "9.5"), "보고서와 로그 검토"));
        assertEquals(SheetStatus.SUBMITTED, submitted.status());
        assertEquals(
                "score.locked",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> reviewerA.call(() -> console.saveDraft(round, lg, scores("1", "1", "1"), "변경")))
                        .messageKey());
        assertEquals(
                "score.aboveMaximum",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> reviewerB.call(() -> console.saveDraft(round, lg, scores("12", "1", "1"), null)))
                        .messageKey(),
                "11.7 is the most");

        long sheetId = entityManager
                .createQuery(
                        "SELECT s.id FROM ScoreSheet s WHERE s.roundId = (SELECT r.id FROM ReviewRound r WHERE r.number = :n) AND s.teamId = :team AND s.status = :status",
                        Long.class)
                .setParameter("n", round)
                .setParameter("team", lg)
                .setParameter("status", SheetStatus.SUBMITTED)
                .getSingleResult();
        administrator.call(() -> {
            reviewers.reopenSheet(sheetId, "점수 입력 오류 정정");
            return null;
        });
        String reason = (String) entityManager
                .createNativeQuery("SELECT reason FROM score_sheet_reopening WHERE sheet_id = ?1")
                .setParameter(1, sheetId)
                .getSingleResult();
        assertEquals("점수 입력 오류 정정", reason, "the reopening is recorded with its reason");
        assertEquals(
                SheetStatus.DRAFT,
                reviewerA.call(() -> console.sheet(round, lg)).status());
    }

    @Test
    void afterAnUpheldObjectionASheetOfThePublishedRoundIsReopenedAndSubmittedAgain() {
        reviewerA.call(() -> console.submit(round, lg, scores("10", "11.7", "9.5"), "보고서와 로그 검토"));
        support.close(round);
        support.publish(round);
        long sheetId = entityManager
                .createQuery(
                        "SELECT s.id FROM ScoreSheet s WHERE s.roundId = (SELECT r.id FROM ReviewRound r WHERE r.number = :n) AND s.teamId = :team",
                        Long.class)
                .setParameter("n", round)
                .setParameter("team", lg)
                .getSingleResult();
        assertEquals(
                "score.reopen.roundNotOpen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> administrator.call(() -> {
                                    reviewers.reopenSheet(sheetId, "정정");
                                    return null;
                                }))
                        .messageKey(),
                "a published round's sheet stays locked while no objection is upheld");

        administrator.call(() -> {
            long objection = objections.record(round, lg, "이의신청인", "전문가 점수 입력 오류", null);
            objections.decide(round, objection, true, "점수표 재제출 필요");
            reviewers.reopenSheet(sheetId, "이의신청 인용: 점수 입력 오류 정정");
            return null;
        });
        assertTrue(
                reviewerA.call(() -> console.sheet(round, lg)).acceptsScores(), "the reopened sheet may be corrected");
        Sheet resubmitted = reviewerA.call(() -> console.submit(round, lg, scores("10", "10", "10"), "정정한 근거"));
        assertEquals(SheetStatus.SUBMITTED, resubmitted.status());
        assertEquals(
                "score.roundNotOpen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> reviewerB.call(() -> console.submit(round, lg, scores("1", "1", "1"), "새 점수표")))
                        .messageKey(),
                "a sheet never submitted is not part of the correction");
    }

    @Test
    void aReviewerNeverGetsAnotherReviewersSheet() {
        reviewerA.call(() -> console.submit(round, lg, scores("11", "11", "11"), "A의 의견"));
        Sheet seenByB = reviewerB.call(() -> console.sheet(round, lg));
        assertNull(seenByB.status(), "B starts from an empty sheet of their own");
        assertTrue(seenByB.scores().stream().allMatch(java.util.Objects::isNull));
        assertNull(seenByB.justification());
        String progress = administrator.call(() -> reviewers.progress(round)).toString();
        assertFalse(progress.contains("11.0"), "progress shows counts, never scores");
    }

    @Test
    void scoringIsRefusedOnceTheRoundHasClosed() {
        support.close(round);
        assertEquals(
                "score.roundNotOpen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> reviewerA.call(() -> console.saveDraft(round, lg, scores("1", "1", "1"), "늦음")))
                        .messageKey());
    }

    @Test
    void aConflictThatWouldDropASheetFromAClosedRoundsTallyIsRefusedButOtherTeamsStayOpenToDeclare() {
        reviewerA.call(() -> console.submit(round, lg, scores("10", "11.7", "9.5"), "보고서와 로그 검토"));
        support.close(round);
        long reviewerId = administrator.call(
                () -> reviewers.findReviewer(AsReviewerA.EMAIL).orElseThrow());

        assertEquals(
                "conflict.roundClosed",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> reviewerA.call(() -> {
                                    console.declareConflict(lg, ConflictKind.EMPLOYMENT, "LG AI연구원", "뒤늦은 신고");
                                    return null;
                                }))
                        .messageKey(),
                "declared by the reviewer");
        assertEquals(
                "conflict.roundClosed",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> administrator.call(() -> {
                                    reviewers.recordConflict(reviewerId, lg, ConflictKind.FUNDING, "LG AI연구원", null);
                                    return null;
                                }))
                        .messageKey(),
                "recorded by an administrator");
        assertTrue(
                reviewerA.call(() -> console.conflicts()).stream().noneMatch(c -> c.teamId() == lg),
                "nothing was stored");

        long ncAi = catalogue.team("nc-ai").orElseThrow().id();
        reviewerA.call(() -> {
            console.declareConflict(ncAi, ConflictKind.FAMILY, "NC AI", "가족 근무");
            return null;
        });
        assertTrue(
                reviewerA.call(() -> console.conflicts()).stream().anyMatch(c -> c.teamId() == ncAi),
                "a team the reviewer scored in no closed round can still be declared");
    }

    @Test
    void aRubricIsFreeWhileScheduledAndFrozenOnceOpenUnlessAReasonIsGivenAndRecorded() {
        int scheduled = support.scheduleFreshRound();
        List<RubricCriterion> twoLines = List.of(
                new RubricCriterion(LocalizedText.of("기술", "Technology"), new BigDecimal("20")),
                new RubricCriterion(LocalizedText.of("전략", "Strategy"), new BigDecimal("15")));
        administrator.call(() -> {
            rules.changeRubric(scheduled, Panel.EXPERT, twoLines, null);
            return null;
        });
        assertEquals(
                2,
                administrator
                        .call(() -> rules.rubric(scheduled, Panel.EXPERT))
                        .criteria()
                        .size());
        assertEquals(
                "rubric.sumMismatch",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> administrator.call(() -> {
                                    rules.changeRubric(
                                            scheduled,
                                            Panel.EXPERT,
                                            List.of(new RubricCriterion(
                                                    LocalizedText.of("기술", "Technology"), new BigDecimal("30"))),
                                            null);
                                    return null;
                                }))
                        .messageKey(),
                "the lines must add up to the component's 35 points");

        // The fresh open round of this test: its rubric is frozen.
        assertEquals(
                "rubric.frozen",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> administrator.call(() -> {
                                    rules.changeRubric(round, Panel.EXPERT, twoLines, " ");
                                    return null;
                                }))
                        .messageKey());
        List<RubricCriterion> renamed = List.of(
                new RubricCriterion(LocalizedText.of("개발 전략", "Development strategy"), new BigDecimal("12")),
                new RubricCriterion(LocalizedText.of("기술 역량", "Technical capability"), new BigDecimal("12")),
                new RubricCriterion(LocalizedText.of("생태계 파급 효과", "Ecosystem impact"), new BigDecimal("11")));
        administrator.call(() -> {
            rules.changeRubric(round, Panel.EXPERT, renamed, "배점 오기 정정");
            return null;
        });
        String reason = (String) entityManager
                .createNativeQuery(
                        "SELECT o.reason FROM rubric_override o JOIN review_round r ON r.id = o.round_id WHERE r.round_number = ?1")
                .setParameter(1, round)
                .getSingleResult();
        assertEquals("배점 오기 정정", reason);
        assertEquals(
                new BigDecimal("12.0"),
                administrator
                        .call(() -> rules.rubric(round, Panel.EXPERT))
                        .criteria()
                        .get(0)
                        .maxPoints());
    }

    private long refusals() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM refused_request")
                        .getSingleResult())
                .longValue();
    }

    @Test
    void componentPointsChangeOnlyWhileScheduledAddUpToAHundredAndCarryTheRubricsAlong() {
        int round = support.scheduleFreshRound();
        Map<Component, BigDecimal> points = new EnumMap<>(Component.class);
        points.put(Component.BENCHMARK, new BigDecimal("50"));
        points.put(Component.EXPERT, new BigDecimal("30"));
        points.put(Component.USER_PANEL, new BigDecimal("19"));
        points.put(Component.PUBLIC, BigDecimal.ZERO);
        DomainRuleViolation notHundred = assertThrows(
                DomainRuleViolation.class, () -> administrator.run(() -> rules.changeComponentPoints(round, points)));
        assertEquals("weights.sumNot100", notHundred.messageKey());
        assertEquals(
                new BigDecimal("35.0"),
                administrator.call(() -> rules.componentPoints(round)).get(Component.EXPERT),
                "a refused change changes nothing");

        points.put(Component.USER_PANEL, new BigDecimal("20"));
        administrator.run(() -> rules.changeComponentPoints(round, points));
        assertEquals(
                0,
                new BigDecimal("30")
                        .compareTo(administrator.call(() -> rules.rubric(round, Panel.EXPERT)).criteria().stream()
                                .map(c -> c.maxPoints())
                                .reduce(BigDecimal.ZERO, BigDecimal::add)),
                "the expert rubric now adds up to its new points");
        assertEquals(
                List.of(new BigDecimal("6.7"), new BigDecimal("6.7"), new BigDecimal("6.6")),
                administrator.call(() -> rules.rubric(round, Panel.USER_PANEL)).criteria().stream()
                        .map(c -> c.maxPoints())
                        .toList());
        assertEquals(
                0,
                administrator
                        .call(() -> rules.componentPoints(round))
                        .get(Component.PUBLIC)
                        .signum(),
                "a component may carry nothing");
        assertEquals(1, support.auditEntries(round, "COMPONENT_POINTS_CHANGED"));

        support.openRound(round);
        DomainRuleViolation frozen = assertThrows(
                DomainRuleViolation.class, () -> administrator.run(() -> rules.changeComponentPoints(round, points)));
        assertEquals("weights.frozen", frozen.messageKey());
    }

    // --- The publication path (issue 21): a correction and its republication cannot race. ---

    /** A tally round in which reviewer A submitted a sheet for the stronger fixture team, published in full. */
    private TestSupport.TallyFixture publishedWithReviewerASheet() {
        TestSupport.TallyFixture fixture = support.roundReadyToTally(List.of(5, 4), false);
        long reviewerId = administrator.call(
                () -> reviewers.findReviewer(AsReviewerA.EMAIL).orElseThrow());
        administrator.run(() -> reviewers.assign(reviewerId, fixture.round()));
        reviewerA.call(() ->
                console.submit(fixture.round(), fixture.strongerFixtureTeam(), scores("10", "11.7", "9.5"), "보고서 검토"));
        support.close(fixture.round());
        administrator.run(() -> publication.publish(fixture.round(), Disclosure.FULL));
        return fixture;
    }

    private long sheetOf(int number, long team) {
        return entityManager
                .createQuery(
                        "SELECT s.id FROM ScoreSheet s WHERE s.roundId = (SELECT r.id FROM ReviewRound r "
                                + "WHERE r.number = :n) AND s.teamId = :team",
                        Long.class)
                .setParameter("n", number)
                .setParameter("team", team)
                .getSingleResult();
    }

    private void uphold(int number, long team) {
        administrator.run(() ->
                objections.decide(number, objections.record(number, team, "이의신청인", "점수 정정", null), true, "정정 필요"));
    }

    private static ResultLine lineOf(PublishedResults results, long team) {
        return results.lines().stream()
                .filter(l -> l.teamId() == team)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSheetReopenedForACorrectionBlocksTheRepublicationUntilItsReviewerSubmitsItAgain() {
        TestSupport.TallyFixture fixture = publishedWithReviewerASheet();
        int number = fixture.round();
        long team = fixture.strongerFixtureTeam();
        BigDecimal before = lineOf(roundResults.results(number), team).expert();
        uphold(number, team);
        long sheet = sheetOf(number, team);
        administrator.run(() -> reviewers.reopenSheet(sheet, "이의신청 인용: 점수 재검토"));

        assertEquals(
                "tally.sheetReopened",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> administrator.call(() -> publication.republish(number, "점수 정정 반영")))
                        .messageKey(),
                "the reviewer would silently drop out of version 2");
        reviewerA.call(() -> console.submit(number, team, scores("5", "5", "5"), "정정한 근거"));
        PublishedResults corrected = administrator.call(() -> publication.republish(number, "점수 정정 반영"));
        assertEquals(2, corrected.version());
        assertTrue(lineOf(corrected, team).expert().compareTo(before) < 0, "version 2 counts the resubmitted sheet");
    }

    @Test
    void aConflictDeclaredAfterPublicationKeepsTheSheetsThePublishedResultCounted() {
        TestSupport.TallyFixture fixture = publishedWithReviewerASheet();
        int number = fixture.round();
        long team = fixture.strongerFixtureTeam();
        BigDecimal before = lineOf(roundResults.results(number), team).expert();
        assertTrue(before.signum() > 0);
        reviewerA.call(() -> {
            console.declareConflict(team, ConflictKind.EMPLOYMENT, "시험 컨소시엄", "발표 뒤 신고");
            return null;
        });
        uphold(number, fixture.weakerFixtureTeam());

        PublishedResults corrected = administrator.call(() -> publication.republish(number, "다른 팀 정정"));
        assertEquals(
                0,
                lineOf(corrected, team).expert().compareTo(before),
                "the conflict declared later drops no sheet of version 1");
    }

    @Test
    void theNextRoundDoesNotOpenWhileACorrectionOfThePreviousResultIsOpen() {
        TestSupport.TallyFixture fixture = support.closedRoundReadyToTally(List.of(5, 4));
        int number = fixture.round();
        administrator.run(() -> publication.publish(number, Disclosure.FULL));
        uphold(number, fixture.weakerFixtureTeam());

        assertEquals(
                "round.open.correctionOpen",
                assertThrows(DomainRuleViolation.class, () -> support.openRound(number + 1))
                        .messageKey(),
                "team statuses could change under its ballot");
        administrator.run(() -> publication.republish(number, "정정 없음 확인"));
        support.openRound(number + 1);
        assertEquals("OPEN", support.statusOf(number + 1).name(), "after the republication it opens");
    }

    @Test
    void anEarlierVersionKeepsItsPerBenchmarkFiguresWhileACorrectionIsUnderWayAndAfterIt() {
        TestSupport.TallyFixture fixture = support.closedRoundReadyToTally(List.of(5, 4));
        int number = fixture.round();
        long team = fixture.strongerFixtureTeam();
        administrator.run(() -> publication.publish(number, Disclosure.FULL));
        List<BigDecimal> announced = lineOf(roundResults.results(number, 1), team).benchmarks().stream()
                .map(BenchmarkFigure::measured)
                .toList();
        uphold(number, team);
        administrator.run(() -> tallyInputs.recordMeasuredScores(
                number,
                team,
                administrator.call(() -> tallyInputs.benchmarkSheet(number)).plan().slots().stream()
                        .map(slot -> new TallyInputs.MeasuredInput(slot, new BigDecimal("50")))
                        .toList()));

        assertEquals(
                announced,
                lineOf(roundResults.results(number, 1), team).benchmarks().stream()
                        .map(BenchmarkFigure::measured)
                        .toList(),
                "a correction in progress is not public before its republication");
        administrator.run(() -> publication.republish(number, "벤치마크 재측정"));
        assertEquals(
                announced,
                lineOf(roundResults.results(number, 1), team).benchmarks().stream()
                        .map(BenchmarkFigure::measured)
                        .toList(),
                "version 1 keeps its own figures beside its totals");
        assertTrue(
                lineOf(roundResults.results(number, 2), team).benchmarks().stream()
                        .allMatch(f -> f.measured().compareTo(new BigDecimal("50")) == 0),
                "version 2 has the corrected ones");
    }

    @Test
    void aMeasuredScoreRacingThePublicationLandsBeforeItOrIsRefused() throws Exception {
        TestSupport.TallyFixture fixture = support.closedRoundReadyToTally(List.of(5, 4));
        int number = fixture.round();
        long team = fixture.weakerFixtureTeam();
        List<TallyInputs.MeasuredInput> fifty =
                administrator.call(() -> tallyInputs.benchmarkSheet(number)).plan().slots().stream()
                        .map(slot -> new TallyInputs.MeasuredInput(slot, new BigDecimal("50")))
                        .toList();
        List<String> outcomes = Concurrently.allAtOnce(
                List.of(
                        () -> attempt(() -> administrator.run(() -> publication.publish(number, Disclosure.FULL))),
                        () -> attempt(
                                () -> administrator.run(() -> tallyInputs.recordMeasuredScores(number, team, fifty)))),
                2);
        assertEquals("ok", outcomes.get(0), "the publication goes through");
        boolean entered = administrator.call(() -> tallyInputs.benchmarkSheet(number)).teams().stream()
                .filter(t -> t.teamId() == team)
                .flatMap(t -> t.benchmarks().figures().stream())
                .allMatch(f -> f.measured().compareTo(new BigDecimal("50")) == 0);
        PublishedResults published = roundResults.results(number, 1);
        // The weaker team measured 10 % (50 % once entered), the stronger 20 %: the published points tell which was
        // counted.
        assertEquals(
                entered,
                lineOf(published, team)
                                .benchmark()
                                .compareTo(lineOf(published, fixture.strongerFixtureTeam())
                                        .benchmark())
                        > 0,
                "what was entered is what was published (" + outcomes + ")");
    }

    @Test
    void aResubmissionRacingTheRepublicationIsInVersionTwoOrRefused() throws Exception {
        TestSupport.TallyFixture fixture = publishedWithReviewerASheet();
        int number = fixture.round();
        long team = fixture.strongerFixtureTeam();
        BigDecimal before = lineOf(roundResults.results(number), team).expert();
        uphold(number, team);
        long sheet = sheetOf(number, team);
        administrator.run(() -> reviewers.reopenSheet(sheet, "이의신청 인용: 점수 재검토"));
        List<String> outcomes = Concurrently.allAtOnce(
                List.of(
                        () -> attempt(() -> administrator.run(() -> publication.republish(number, "점수 정정 반영"))),
                        () -> attempt(
                                () -> reviewerA.call(() -> console.submit(number, team, scores("5", "5", "5"), "정정")))),
                2);
        if ("ok".equals(outcomes.get(0))) {
            assertTrue(
                    lineOf(roundResults.results(number), team).expert().compareTo(before) < 0,
                    "a republication counts the resubmitted sheet (" + outcomes + ")");
            assertEquals("ok", outcomes.get(1), "and the resubmission it counted committed");
        } else {
            assertEquals(
                    SheetStatus.SUBMITTED,
                    reviewerA.call(() -> console.sheet(number, team)).status(),
                    outcomes.toString());
            administrator.run(() -> publication.republish(number, "점수 정정 반영"));
        }
    }

    private static String attempt(Runnable work) {
        try {
            work.run();
            return "ok";
        } catch (DomainRuleViolation refused) {
            return refused.messageKey();
        }
    }
}
