package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.results.ResultViews.Blocker;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.RoundPublication;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.application.results.TallyInputs.MeasuredInput;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.tally.Outcome;
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
    private final InMemory.TestClock clock = new InMemory.TestClock(WINDOW.closesAt().plus(Duration.ofDays(2)));
    private TallyInputs inputs;
    private RoundPublication publication;
    private RoundResults published;
    private ReviewRound round;
    private List<Team> competing;

    @BeforeEach
    void aClosedRoundWithThreeTeams() {
        programmes.store(new Programme(LocalizedText.of("독자 AI 파운데이션 모델", "Sovereign AI foundation model"),
                LocalizedText.of("과학기술정보통신부", "Ministry of Science and ICT"), 6, 2, 1));
        competing = List.of(team("lg-ai-research", "LG AI연구원", "LG AI Research"), team("sk-telecom", "SK텔레콤", "SK Telecom"),
                team("upstage", "업스테이지", "Upstage"));
        competing.forEach(teams::store);
        round = new ReviewRound(1, WINDOW, 1);
        rounds.store(round);
        InMemory.withId(round.getPublicCriteria().get(0), 1L);
        round.open(OPENS, "과학기술정보통신부", competing.stream().map(Team::getId).toList());
        round.close();

        InMemory.Ballots ballots = new InMemory.Ballots();
        PublicEvaluation publicEvaluation = new PublicEvaluation(rounds, teams, ballots, new InMemory.Accounts(), clock, new InMemory.NoCache(),
                InMemory.caller("admin@example.kr"));
        ReviewSchedule schedule = new ReviewSchedule(rounds, programmes, teams, ballots, new InMemory.Timers(), changes, clock);
        published = new RoundResults(rounds, results, benchmarks, new InMemory.Objections(), clock);
        inputs = new TallyInputs(rounds, teams, results, benchmarks, changes, InMemory.caller("admin@example.kr"), clock);
        publication = new RoundPublication(rounds, teams, panels, results, benchmarks, programmes, publicEvaluation, schedule, published,
                () -> Duration.ofDays(7), changes, clock);
    }

    private static Team team(String code, String nameKo, String nameEn) {
        return new Team(code, new TeamProfile(nameKo, nameEn, nameKo, List.of(), null, null), 1);
    }

    /** The team declared a target of 100 on every benchmark before the round opened and measured {@code score} on each. */
    private void benchmark(Team team, String score) {
        BenchmarkPlan plan = round.benchmarkPlan();
        for (BenchmarkSlot slot : plan.slots()) {
            String chosen = plan.partOf(slot).kind() == BenchmarkKind.TEAM_CHOSEN ? "team benchmark " + slot.position() : null;
            benchmarks.store(round.getId(), new TeamBenchmark(team.getId(), slot, chosen, new BigDecimal("100"), null, null), "fixture", OPENS);
        }
        inputs.recordMeasuredScores(1, team.getId(), plan.slots().stream().map(slot -> new MeasuredInput(slot, new BigDecimal(score))).toList());
    }

    @Test
    void publicationIsRefusedWhileABenchmarkIsMissingAndChangesNothing() {
        benchmark(competing.get(0), "90");
        ProvisionalTally tally = publication.provisionalTally(1);
        // The two teams without a benchmark also tie on every criterion: both block, the missing benchmark first.
        assertEquals(List.of(Blocker.Kind.BENCHMARK_MISSING, Blocker.Kind.UNRESOLVED_TIE),
                tally.blockers().stream().map(Blocker::kind).toList());
        assertEquals(List.of(competing.get(1).getId(), competing.get(2).getId()), tally.blockers().get(0).teamIds());

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> publication.publish(1));
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

        PublishedResults result = publication.publish(1);

        assertTrue(round.isPublished());
        assertEquals(clock.instant().plus(Duration.ofDays(7)), round.getObjectionEndsAt());
        assertEquals(List.of("LG AI Research", "SK Telecom", "Upstage"), result.lines().stream().map(line -> line.name().en()).toList());
        assertEquals(List.of(Outcome.FINALIST, Outcome.FINALIST, Outcome.ELIMINATED),
                result.lines().stream().map(ResultLine::outcome).toList(), "one eliminated leaves the two finalists");
        assertEquals(List.of(TeamStatus.FINALIST, TeamStatus.FINALIST, TeamStatus.ELIMINATED),
                competing.stream().map(Team::getStatus).toList());
        assertEquals(3, results.published(round.getId()).size(), "the result is kept as announced");
        assertEquals(result.lines(), published.results(1).lines(), "and read back the same");
        assertEquals(AuditAction.ROUND_PUBLISHED, changes.actions().get(changes.actions().size() - 1));
        assertEquals(1, rounds.findAll().size(), "with the finalists chosen no further round is scheduled");

        assertEquals("round.publish.notClosed", assertThrows(DomainRuleViolation.class, () -> publication.publish(1)).messageKey());
    }

    @Test
    void whenPublicationLeavesOnlyTheFinalistsEveryLaterRoundIsCancelledWithItsReason() {
        ReviewRound third = new ReviewRound(3, new ReviewWindow(WINDOW.opensAt().plus(Duration.ofDays(365)), WINDOW.closesAt().plus(Duration.ofDays(365))), 1);
        ReviewRound second = new ReviewRound(2, new ReviewWindow(WINDOW.opensAt().plus(Duration.ofDays(180)), WINDOW.closesAt().plus(Duration.ofDays(180))), 1);
        rounds.store(second);
        rounds.store(third);
        benchmark(competing.get(0), "100");
        benchmark(competing.get(1), "80");
        benchmark(competing.get(2), "60");

        publication.publish(1);

        assertTrue(second.isCancelled() && third.isCancelled(), "no later round may eliminate a finalist");
        assertTrue(second.cancellation().orElseThrow().reason().ko().contains("최종 2개 팀"), second.cancellation().orElseThrow().reason().ko());
        assertEquals(List.of(AuditAction.ROUND_PUBLISHED, AuditAction.ROUND_CANCELLED, AuditAction.ROUND_CANCELLED),
                changes.actions().subList(changes.actions().size() - 3, changes.actions().size()));
        assertEquals(List.of(competing.get(0).getId(), competing.get(1).getId(), competing.get(2).getId()), round.getRoster(),
                "the published round keeps the teams on its ballot, the eliminated one too");
    }
}
