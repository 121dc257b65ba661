package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.results.Objections;
import kr.go.msit.sovereignai.application.results.ResultSnapshots;
import kr.go.msit.sovereignai.application.results.ResultViews.Blocker;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.RoundPublication;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.application.results.RoundTallyInputs;
import kr.go.msit.sovereignai.application.results.TallyGatherer;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.application.results.TallyInputs.MeasuredInput;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.ResultChange;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import kr.go.msit.sovereignai.domain.team.TeamStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A closed round is tallied and published, without the container. */
class PublishingRoundTest {

    private static final Instant OPENS = Instant.parse("2026-08-01T00:00:00Z");
    private static final ReviewWindow WINDOW = new ReviewWindow(OPENS, OPENS.plus(Duration.ofDays(14)));

    private final InMemory.Rounds rounds = new InMemory.Rounds();
    private final InMemory.Teams teams = new InMemory.Teams();
    private final InMemory.Panels panels = new InMemory.Panels();
    private final InMemory.Results results = new InMemory.Results();
    private final InMemory.Benchmarks benchmarks = new InMemory.Benchmarks();
    private final InMemory.Programmes programmes = new InMemory.Programmes();
    private final InMemory.Changes changes = new InMemory.Changes();
    private final InMemory.Fired<kr.go.msit.sovereignai.application.rounds.RoundClosed> closes = new InMemory.Fired<>();
    private final InMemory.Objections objections = new InMemory.Objections();
    private final InMemory.TestClock clock =
            new InMemory.TestClock(WINDOW.closesAt().plus(Duration.ofDays(2)));
    private TallyInputs inputs;
    private RoundPublication publication;
    private TallyGatherer gatherer;
    private RoundResults published;
    private ReviewRound round;
    private List<Team> competing;

    @BeforeEach
    void aClosedRoundWithThreeTeams() {
        programmes.store(new Programme(
                LocalizedText.of("독자 AI 파운데이션 모델", "Sovereign AI foundation model"),
                LocalizedText.of("과학기술정보통신부", "Ministry of Science and ICT"),
                6,
                2,
                1));
        competing = List.of(
                team("lg-ai-research", "LG AI연구원", "LG AI Research"),
                team("sk-telecom", "SK텔레콤", "SK Telecom"),
                team("upstage", "업스테이지", "Upstage"));
        competing.forEach(teams::store);
        round = InMemory.ratingRound(1, WINDOW);
        rounds.store(round);
        InMemory.withId(round.rulebook().publicCriteria().get(0), 1L);
        round.open(OPENS, "과학기술정보통신부", competing.stream().map(Team::getId).toList());
        round.close(round.timeline().window().closesAt());

        InMemory.Ballots ballots = new InMemory.Ballots();
        PublicEvaluation publicEvaluation = new PublicEvaluation(
                rounds,
                teams,
                ballots,
                new kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens(
                        new InMemory.Accounts(), new InMemory.NoCache()),
                clock,
                new InMemory.NoCache(),
                InMemory.caller("admin@example.kr"));
        ReviewSchedule schedule = new ReviewSchedule(
                rounds,
                programmes,
                teams,
                ballots,
                new InMemory.Timers(),
                new kr.go.msit.sovereignai.application.arena.ArenaOpening(new InMemory.NoArena(), changes),
                changes,
                closes,
                clock);
        published = new RoundResults(rounds, results, benchmarks, objections, clock);
        inputs = new TallyInputs(
                rounds, teams, results, benchmarks, changes, InMemory.caller("admin@example.kr"), clock);
        gatherer = new TallyGatherer(
                teams,
                panels,
                results,
                benchmarks,
                programmes,
                publicEvaluation,
                new kr.go.msit.sovereignai.application.arena.ArenaResults(
                        rounds,
                        teams,
                        new InMemory.NoArena(),
                        new kr.go.msit.sovereignai.application.arena.ArenaAnalysisCache()));
        publication = new RoundPublication(
                rounds,
                gatherer,
                new ResultSnapshots(results, new InMemory.Audit(), objections),
                schedule,
                published,
                () -> Duration.ofDays(7),
                changes,
                clock);
    }

    private static Team team(String code, String nameKo, String nameEn) {
        return new Team(code, new TeamProfile(nameKo, nameEn, nameKo, List.of(), null, null), 1);
    }

    /** The team declared a target of 100 on every benchmark before the round opened and measured {@code score} on each. */
    private void benchmark(Team team, String score) {
        BenchmarkPlan plan = round.rulebook().benchmarkPlan();
        for (BenchmarkSlot slot : plan.slots()) {
            String chosen =
                    plan.partOf(slot).kind() == BenchmarkKind.TEAM_CHOSEN ? "team benchmark " + slot.position() : null;
            benchmarks.store(
                    round.getId(),
                    new TeamBenchmark(team.getId(), slot, chosen, new BigDecimal("100"), null, null),
                    "fixture",
                    OPENS);
        }
        inputs.recordMeasuredScores(
                1,
                team.getId(),
                plan.slots().stream()
                        .map(slot -> new MeasuredInput(slot, new BigDecimal(score)))
                        .toList());
    }

    @Test
    void publicationIsRefusedWhileABenchmarkIsMissingAndChangesNothing() {
        benchmark(competing.get(0), "90");
        ProvisionalTally tally = publication.provisionalTally(1);
        // The two teams without a benchmark also tie on every criterion: both block, the missing benchmark first.
        assertEquals(
                List.of(Blocker.Kind.BENCHMARK_MISSING, Blocker.Kind.UNRESOLVED_TIE),
                tally.blockers().stream().map(Blocker::kind).toList());
        assertEquals(
                List.of(competing.get(1).getId(), competing.get(2).getId()),
                tally.blockers().get(0).teamIds());

        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> publication.publish(1, Disclosure.FULL));
        assertEquals("tally.benchmarkMissing", refused.messageKey());
        assertTrue(round.awaitsPublication(), "still closed");
        assertTrue(results.published(round.getId()).isEmpty());
        assertTrue(competing.stream().allMatch(t -> t.getStatus() == TeamStatus.ACTIVE));
        assertEquals(List.of(AuditAction.BENCHMARK_RECORDED), changes.actions());
    }

    @Test
    void publicationRanksTheTeamsSettlesTheirStatusesAndKeepsTheResult() {
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");

        PublishedResults result = publication.publish(1, Disclosure.FULL);

        assertTrue(round.isPublished());
        assertEquals(
                clock.instant().plus(Duration.ofDays(7)), round.announcement().objectionEndsAt());
        assertEquals(
                List.of("LG AI Research", "SK Telecom", "Upstage"),
                result.lines().stream().map(line -> line.name().en()).toList());
        assertEquals(
                List.of(Outcome.FINALIST, Outcome.FINALIST, Outcome.ELIMINATED),
                result.lines().stream().map(ResultLine::outcome).toList(),
                "one eliminated leaves the two finalists");
        assertEquals(
                List.of(TeamStatus.FINALIST, TeamStatus.FINALIST, TeamStatus.ELIMINATED),
                competing.stream().map(Team::getStatus).toList());
        assertEquals(3, results.published(round.getId()).size(), "the result is kept as announced");
        assertEquals(result.lines(), published.results(1).lines(), "and read back the same");
        assertEquals(
                AuditAction.ROUND_PUBLISHED,
                changes.actions().get(changes.actions().size() - 1));
        assertEquals(1, rounds.findAll().size(), "with the finalists chosen no further round is scheduled");

        assertEquals(
                "round.publish.notClosed",
                assertThrows(DomainRuleViolation.class, () -> publication.publish(1, Disclosure.FULL))
                        .messageKey());
    }

    @Test
    void anUpheldObjectionLetsTheInputBeCorrectedAndTheResultRepublishedAsANewVersionThatTheStatusesFollow() {
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");
        publication.publish(1, Disclosure.FULL);
        Objections decisions =
                new Objections(rounds, teams, objections, results, changes, InMemory.caller("admin@example.kr"), clock);
        DomainRuleViolation frozen = assertThrows(DomainRuleViolation.class, () -> benchmark(competing.get(2), "100"));
        assertEquals("round.published.frozen", frozen.messageKey(), "no correction before an objection is upheld");
        assertEquals(
                "results.republish.noCorrection",
                assertThrows(DomainRuleViolation.class, () -> publication.republish(1, "nothing upheld"))
                        .messageKey());

        long objection = decisions.record(
                1, competing.get(2).getId(), "Upstage", "The NIA benchmark was run on the wrong model", null);
        decisions.decide(1, objection, true, "The run used an earlier checkpoint; the measurement is repeated");
        assertTrue(round.acceptsCorrections());
        assertFalse(published.results(1).resultFinal(), "not final while a correction is open");
        benchmark(competing.get(2), "100");
        assertEquals(
                "results.republish.reasonRequired",
                assertThrows(DomainRuleViolation.class, () -> publication.republish(1, "  "))
                        .messageKey());

        PublishedResults corrected =
                publication.republish(1, "Upstage's NIA benchmark measured again on the submitted model");

        assertEquals(2, corrected.version());
        assertEquals(
                List.of(1, 2),
                corrected.versions().stream().map(v -> v.version()).toList());
        assertEquals(List.of(objection), corrected.versions().get(1).correctedObjectionIds());
        assertEquals(
                "Upstage's NIA benchmark measured again on the submitted model",
                corrected.versions().get(1).reason());
        assertTrue(corrected.versions().get(1).changes().stream()
                .anyMatch(c -> c.teamId() == competing.get(2).getId()
                        && c.figure() == ResultChange.Figure.OUTCOME
                        && c.before().equals("ELIMINATED")
                        && c.after().equals("FINALIST")));
        assertTrue(corrected.versions().get(1).changes().stream()
                .anyMatch(c -> c.teamId() == competing.get(2).getId()
                        && c.figure() == ResultChange.Figure.BENCHMARK
                        && c.before().equals("24.00")
                        && c.after().equals("40.00")));
        assertEquals(
                List.of(TeamStatus.FINALIST, TeamStatus.ELIMINATED, TeamStatus.FINALIST),
                competing.stream().map(Team::getStatus).toList(),
                "the statuses follow the latest version");
        assertEquals(
                Outcome.ELIMINATED,
                published.results(1, 1).lines().stream()
                        .filter(l -> l.teamId() == competing.get(2).getId())
                        .findFirst()
                        .orElseThrow()
                        .outcome(),
                "version 1 stays as announced");
        assertEquals(2, objections.find(objection).orElseThrow().getCorrectedInVersion());
        assertFalse(round.acceptsCorrections());
        assertEquals(
                "round.published.frozen",
                assertThrows(DomainRuleViolation.class, () -> benchmark(competing.get(2), "90"))
                        .messageKey());
        assertEquals(
                AuditAction.RESULT_REPUBLISHED,
                changes.actions().get(changes.actions().size() - 1));
        assertEquals(
                "results.versionNotFound",
                assertThrows(DomainRuleViolation.class, () -> published.results(1, 3))
                        .messageKey());
    }

    @Test
    void whenPublicationLeavesOnlyTheFinalistsEveryLaterRoundIsCancelledWithItsReason() {
        ReviewRound third = new ReviewRound(
                3,
                new ReviewWindow(
                        WINDOW.opensAt().plus(Duration.ofDays(365)),
                        WINDOW.closesAt().plus(Duration.ofDays(365))),
                1);
        ReviewRound second = new ReviewRound(
                2,
                new ReviewWindow(
                        WINDOW.opensAt().plus(Duration.ofDays(180)),
                        WINDOW.closesAt().plus(Duration.ofDays(180))),
                1);
        rounds.store(second);
        rounds.store(third);
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");

        publication.publish(1, Disclosure.FULL);

        assertTrue(second.isCancelled() && third.isCancelled(), "no later round may eliminate a finalist");
        assertTrue(
                second.timeline().cancellation().orElseThrow().reason().ko().contains("최종 2개 팀"),
                second.timeline().cancellation().orElseThrow().reason().ko());
        assertEquals(
                List.of(AuditAction.ROUND_PUBLISHED, AuditAction.ROUND_CANCELLED, AuditAction.ROUND_CANCELLED),
                changes.actions()
                        .subList(changes.actions().size() - 3, changes.actions().size()));
        assertEquals(
                List.of(
                        competing.get(0).getId(),
                        competing.get(1).getId(),
                        competing.get(2).getId()),
                round.getRoster(),
                "the published round keeps the teams on its ballot, the eliminated one too");
    }

    /** Review 1 as the ministry did it: the first and the last rank named, the rest released when the objection period ends. */
    @Test
    void publishedNamingOnlyTheFirstAndLastRankTheRestIsWithheldUntilTheObjectionPeriodEnds() {
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");

        PublishedResults announced = publication.publish(1, Disclosure.FIRST_AND_LAST_RANK);

        assertTrue(
                announced.lines().stream().noneMatch(ResultLine::figuresWithheld),
                "the administrator sees the whole result");
        assertTrue(
                changes.fired
                        .get(changes.fired.size() - 1)
                        .after()
                        .startsWith("disclosure FIRST_AND_LAST_RANK (the other ranks and figures withheld until "),
                changes.fired.get(changes.fired.size() - 1).after());
        PublishedResults disclosed = published.results(1);
        assertEquals(round.announcement().objectionEndsAt(), disclosed.figuresWithheldUntil());
        assertEquals(Disclosure.FIRST_AND_LAST_RANK, disclosed.disclosure());
        assertEquals(
                List.of("LG AI Research", "SK Telecom", "Upstage"),
                disclosed.lines().stream().map(line -> line.name().en()).toList());
        ResultLine first = disclosed.lines().get(0);
        ResultLine middle = disclosed.lines().get(1);
        ResultLine last = disclosed.lines().get(2);
        assertEquals(announced.lines().get(0), first, "the first rank is named with its figures");
        assertEquals(announced.lines().get(2), last, "and so is the last");
        assertTrue(middle.figuresWithheld());
        assertEquals(
                Outcome.FINALIST, middle.outcome(), "the outcome is public: the team's status changed at publication");
        assertTrue(
                middle.rank() == null
                        && middle.benchmark() == null
                        && middle.expert() == null
                        && middle.userPanel() == null
                        && middle.publicPoints() == null
                        && middle.total() == null,
                middle.toString());
        assertEquals(
                null, disclosed.averages(), "with the named lines the averages would give the withheld figures away");
        assertEquals(
                3,
                published.asAnnounced(1).lines().stream()
                        .filter(l -> !l.figuresWithheld())
                        .count());

        clock.set(round.announcement().objectionEndsAt());
        PublishedResults released = published.results(1);
        assertEquals(announced.lines(), released.lines(), "everything is public once the objection period is over");
        assertEquals(null, released.figuresWithheldUntil());
        assertEquals(
                Disclosure.FIRST_AND_LAST_RANK, released.disclosure(), "what the announcement named stays on record");
        assertTrue(released.averages() != null);
    }

    @Test
    void publishedInFullNothingIsWithheld() {
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");
        PublishedResults announced = publication.publish(1, Disclosure.FULL);
        assertEquals(announced.lines(), published.results(1).lines());
        assertEquals(null, published.results(1).figuresWithheldUntil());
        assertTrue(changes.fired.get(changes.fired.size() - 1).after().startsWith("disclosure FULL: "));
    }

    /** The other ranks are not in rank order (it would tell them), and a disqualified team keeps its reason. */
    @Test
    void theDisclosedLinesNameTheFirstAndLastRankAndListTheRestByNameWithoutFigures() {
        List<ResultLine> announced = List.of(
                line(1, "다", 1, Outcome.ADVANCES),
                line(2, "가", 2, Outcome.ADVANCES),
                line(3, "나", 3, Outcome.ADVANCES),
                line(4, "라", 4, Outcome.ELIMINATED),
                line(5, "마", null, Outcome.DISQUALIFIED));
        List<ResultLine> disclosed = RoundResults.disclosed(announced);
        assertEquals(
                List.of(1L, 2L, 3L, 5L, 4L),
                disclosed.stream().map(ResultLine::teamId).toList(),
                "first, the rest by Korean name, last rank (not the disqualified team, which has no rank)");
        assertEquals(announced.get(0), disclosed.get(0));
        assertEquals(announced.get(3), disclosed.get(4));
        assertTrue(disclosed.subList(1, 4).stream().allMatch(l -> l.figuresWithheld() && l.rank() == null));
        assertEquals("원천성 미충족", disclosed.get(3).rationale());
        assertEquals(Outcome.DISQUALIFIED, disclosed.get(3).outcome());

        assertEquals(
                List.of(announced.get(0)),
                RoundResults.disclosed(List.of(announced.get(0))),
                "a single ranked team is first and last");
        assertEquals(List.of(), RoundResults.disclosed(List.of()));
    }

    private static ResultLine line(long teamId, String name, Integer rank, Outcome outcome) {
        BigDecimal points = BigDecimal.valueOf(100 - teamId);
        return new ResultLine(
                teamId,
                LocalizedText.of(name, "Team " + teamId),
                points,
                points,
                "PLAIN_MEAN",
                points,
                "PLAIN_MEAN",
                points,
                points,
                rank,
                outcome,
                outcome == Outcome.DISQUALIFIED ? "원천성 미충족" : null,
                true,
                List.of());
    }

    @Test
    void theGathererAloneGivesTheTallyInputsAndTheirDigestWhichTheSnapshotKeeps() {
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");
        RoundTallyInputs gathered = gatherer.gather(round);
        assertEquals(competing, gathered.competing());
        assertTrue(gathered.counted().isEmpty() && gathered.reopened().isEmpty(), "no panel sheet in this round");
        assertTrue(gathered.digest().matches("[0-9a-f]{64}"), gathered.digest());
        assertEquals(gathered.digest(), gatherer.gather(round).digest(), "the same inputs, the same digest");
        assertTrue(gathered.tally().view().blockers().isEmpty());

        benchmark(competing.get(2), "61");
        String changed = gatherer.gather(round).digest();
        assertFalse(changed.equals(gathered.digest()), "a changed input changes the digest");

        PublishedResults announced = publication.publish(1, Disclosure.FULL);
        assertEquals(
                changed,
                announced.shownVersion().inputsDigest(),
                "the version keeps the digest of what it was computed from");
        assertEquals(0L, announced.shownVersion().auditHeadSequence(), "the audit head then (an empty log here)");
    }

    @Test
    void theObjectionPeriodEndsOnceTheEliminatedTeamHasWaivedAndTheWaiverIsOnRecord() {
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");
        publication.publish(1, Disclosure.FULL);
        Objections decisions =
                new Objections(rounds, teams, objections, results, changes, InMemory.caller("admin@example.kr"), clock);
        Instant waived = clock.instant().plus(Duration.ofHours(2));
        clock.set(waived.plus(Duration.ofHours(1)));
        assertEquals(
                "waiver.teamNotAffected",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> decisions.recordWaiver(
                                        1, competing.get(0).getId(), "LG", waived, ObjectionWaiver.Form.WRITTEN))
                        .messageKey(),
                "a finalist has nothing to waive");
        assertFalse(published.results(1).resultFinal());

        decisions.recordWaiver(1, competing.get(2).getId(), "업스테이지 대표", waived, ObjectionWaiver.Form.OFFICIAL_LETTER);

        PublishedResults result = published.results(1);
        assertEquals(waived, result.objectionEndsAt(), "the period ended at the waiver, not a week after publication");
        assertTrue(result.objectionPeriodEndedEarly() && result.resultFinal());
        assertEquals(
                List.of("업스테이지 대표"),
                result.waivers().stream().map(w -> w.waivedBy()).toList());
        assertEquals(
                AuditAction.OBJECTION_WAIVED,
                changes.actions().get(changes.actions().size() - 1));
        assertEquals(
                "objection.periodClosed",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> decisions.record(1, competing.get(2).getId(), "Upstage", "late", null))
                        .messageKey());
    }
}
