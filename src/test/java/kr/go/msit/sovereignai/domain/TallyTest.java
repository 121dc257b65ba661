package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.scoring.PanelAggregation;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.RoundResult;
import kr.go.msit.sovereignai.domain.tally.Tally;
import kr.go.msit.sovereignai.domain.tally.TeamInputs;
import kr.go.msit.sovereignai.domain.tally.TeamResult;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static BigDecimal p(String value) {
        return new BigDecimal(value);
    }

    /** Every listed expert gave the same total. */
    private static Map<Long, BigDecimal> experts(String total, long... reviewers) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (long reviewer : reviewers) {
            totals.put(reviewer, p(total));
        }
        return totals;
    }

    private static TeamInputs team(
            long id, String benchmark, Map<Long, BigDecimal> experts, String userPanel, String publicPoints) {
        return new TeamInputs(id, p(benchmark), experts, Map.of(100L, p(userPanel)), p(publicPoints), true, null);
    }

    private static TeamInputs disqualified(TeamInputs team, String rationale) {
        return new TeamInputs(
                team.teamId(),
                team.benchmarkPoints(),
                team.expertTotalsByReviewer(),
                team.userPanelTotalsByReviewer(),
                team.publicPoints(),
                false,
                rationale);
    }

    private static Map<Long, TeamResult> byTeam(RoundResult result) {
        return result.teams().stream().collect(java.util.stream.Collectors.toMap(TeamResult::teamId, t -> t));
    }

    private static Outcome outcome(RoundResult result, long team) {
        return byTeam(result).get(team).outcome();
    }

    @Test
    void componentsAddUpWithTheReviewersRule() {
        Map<Long, BigDecimal> fiveExperts = Map.of(1L, p("30"), 2L, p("20"), 3L, p("25"), 4L, p("35"), 5L, p("10"));
        RoundResult result = Tally.compute(List.of(team(1, "33.6", fiveExperts, "12.5", "7.25")), 0, 2, List.of());
        TeamResult line = result.teams().get(0);
        assertEquals(PanelAggregation.TRIMMED_MEAN, line.expertRule());
        assertEquals(p("25.00"), line.expert());
        assertEquals(p("78.35"), line.total(), "33.6 + 25 + 12.5 + 7.25");
        assertEquals(1, line.rank());
    }

    @Test
    void theLowestRankedEligibleTeamIsEliminated() {
        RoundResult result = Tally.compute(
                List.of(
                        team(1, "30", experts("30", 1, 2), "12", "8"),
                        team(2, "35", experts("31", 1, 2), "13", "9"),
                        team(3, "20", experts("20", 1, 2), "10", "5")),
                1,
                2,
                List.of());
        assertEquals(
                List.of(2L, 1L, 3L),
                result.teams().stream().map(TeamResult::teamId).toList());
        assertEquals(Outcome.FINALIST, outcome(result, 2), "two teams are left: the programme's finalists");
        assertEquals(Outcome.FINALIST, outcome(result, 1));
        assertEquals(Outcome.ELIMINATED, outcome(result, 3));
    }

    @Test
    void aFailedEligibilityDisqualifiesWhateverThePointsAndOthersAreStillCut() {
        // The review 1 case: the points leader fails the originality requirement, and one more team leaves on points.
        RoundResult result = Tally.compute(
                List.of(
                        disqualified(team(1, "38", experts("33", 1, 2), "14", "9"), "해외 모델 기반 가중치 (독자성 요건 미충족)"),
                        team(2, "33", experts("31", 1, 2), "13", "9"),
                        team(3, "30", experts("29", 1, 2), "12", "8"),
                        team(4, "28", experts("27", 1, 2), "11", "7"),
                        team(5, "20", experts("20", 1, 2), "10", "5")),
                1,
                2,
                List.of());
        TeamResult leader = byTeam(result).get(1L);
        assertEquals(Outcome.DISQUALIFIED, leader.outcome());
        assertNull(leader.rank());
        assertTrue(leader.eligibilityRationale().contains("독자성"));
        assertEquals(Outcome.ELIMINATED, outcome(result, 5));
        assertEquals(Outcome.ADVANCES, outcome(result, 2), "three teams remain, more than two finalists");
        assertEquals(1L, result.teams().get(result.teams().size() - 1).teamId(), "disqualified teams come last");
    }

    @Test
    void moreThanOneTeamCanBeEliminated() {
        RoundResult result = Tally.compute(
                List.of(
                        team(1, "30", experts("30", 1), "12", "8"),
                        team(2, "29", experts("30", 1), "12", "8"),
                        team(3, "28", experts("30", 1), "12", "8"),
                        team(4, "27", experts("30", 1), "12", "8"),
                        team(5, "26", experts("30", 1), "12", "8")),
                2,
                2,
                List.of());
        assertEquals(Outcome.ELIMINATED, outcome(result, 4));
        assertEquals(Outcome.ELIMINATED, outcome(result, 5));
        assertEquals(Outcome.ADVANCES, outcome(result, 3));
    }

    @Test
    void tiesAreBrokenByExpertThenBenchmarkThenPublicPoints() {
        // Same total 80: team 1 has more expert points; teams 2 and 3 tie on expert, 2 has more benchmark.
        RoundResult result = Tally.compute(
                List.of(
                        team(3, "29", experts("30", 1), "12", "9"),
                        team(2, "30", experts("30", 1), "12", "8"),
                        team(1, "28", experts("32", 1), "12", "8")),
                1,
                1,
                List.of());
        assertEquals(
                List.of(1L, 2L, 3L),
                result.teams().stream().map(TeamResult::teamId).toList());
        assertTrue(result.isPublishable());
    }

    @Test
    void aTieOnEveryCriterionAcrossTheCutNeedsAnAdministratorsDecision() {
        List<TeamInputs> inputs = List.of(
                team(1, "30", experts("30", 1), "12", "8"),
                team(2, "30", experts("30", 1), "12", "8"),
                team(3, "35", experts("30", 1), "12", "8"));
        RoundResult undecided = Tally.compute(inputs, 1, 1, List.of());
        assertFalse(undecided.isPublishable());
        assertEquals(List.of(1L, 2L), undecided.unresolvedTie());

        RoundResult decided = Tally.compute(inputs, 1, 1, List.of(2L, 1L));
        assertTrue(decided.isPublishable());
        assertEquals(Outcome.ELIMINATED, outcome(decided, 1), "the administrator ranked team 2 above team 1");
    }

    @Test
    void theResultSaysWhetherLeavingOutOneExpertWouldChangeTheCut() {
        // Team 1 stays only thanks to expert 9's very high total; team 3 is far ahead either way.
        Map<Long, BigDecimal> team1 = Map.of(7L, p("20"), 8L, p("20"), 9L, p("34"));
        Map<Long, BigDecimal> team2 = Map.of(7L, p("24"), 8L, p("24"), 9L, p("24"));
        RoundResult result = Tally.compute(
                List.of(
                        team(1, "30", team1, "12", "8"),
                        team(2, "30", team2, "12", "8"),
                        team(3, "38", experts("33", 7, 8, 9), "14", "9")),
                1,
                1,
                List.of());
        assertEquals(Outcome.ELIMINATED, outcome(result, 2), "with every expert, team 1 (24.67) edges team 2 (24)");
        assertFalse(byTeam(result).get(1L).robust(), "without expert 9, team 1 would leave instead");
        assertFalse(byTeam(result).get(2L).robust());
        assertTrue(byTeam(result).get(3L).robust());
    }
}
