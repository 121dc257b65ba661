package kr.go.msit.sovereignai.domain.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.scoring.PanelAggregation;

/**
 * From a round's inputs to a ranked result, with no container and no database. Components are
 * already in points (rubrics sum to their component's points; the public component is mapped
 * onto its points), so a team's total is their sum. Eligible teams are ranked by total, ties
 * broken by expert points, then benchmark points, then public points, then an administrator's
 * recorded order. The round's number of lowest-ranked eligible teams is eliminated, plus every
 * disqualified team; when the teams left are no more than the programme's finalists, they
 * become finalists.
 */
public final class Tally {

    private Tally() {}

    /**
     * @param eliminations how many eligible teams the round eliminates on points
     * @param finalistsWanted how many finalists the programme selects
     * @param administratorOrder team ids in the order an administrator decided for otherwise
     *     unbreakable ties (may be empty)
     */
    public static RoundResult compute(
            List<TeamInputs> inputs, int eliminations, int finalistsWanted, List<Long> administratorOrder) {
        if (eliminations < 0 || finalistsWanted < 1) {
            throw new DomainRuleViolation("programme.eliminations.nonNegative");
        }
        Map<Long, Outcome> outcomes = outcomes(inputs, null, eliminations, finalistsWanted, administratorOrder);
        Set<Long> experts = inputs.stream()
                .flatMap(t -> t.expertTotalsByReviewer().keySet().stream())
                .collect(Collectors.toSet());
        Set<Long> fragile = new HashSet<>();
        for (Long expert : experts) {
            Map<Long, Outcome> without = outcomes(inputs, expert, eliminations, finalistsWanted, administratorOrder);
            outcomes.forEach((team, outcome) -> {
                if (without.get(team) != outcome) {
                    fragile.add(team);
                }
            });
        }
        List<Scored> ranked = rank(inputs, null, administratorOrder);
        List<TeamResult> results = new ArrayList<>();
        int rank = 0;
        for (Scored scored : ranked) {
            results.add(scored.result(
                    scored.inputs.eligible() ? ++rank : null,
                    outcomes.get(scored.inputs.teamId()),
                    !fragile.contains(scored.inputs.teamId())));
        }
        return new RoundResult(results, unresolvedTie(ranked, eliminations, administratorOrder));
    }

    private static Map<Long, Outcome> outcomes(
            List<TeamInputs> inputs,
            Long leftOutExpert,
            int eliminations,
            int finalistsWanted,
            List<Long> administratorOrder) {
        List<Scored> eligible = rank(inputs, leftOutExpert, administratorOrder).stream()
                .filter(s -> s.inputs.eligible())
                .toList();
        Map<Long, Outcome> outcomes = new HashMap<>();
        inputs.stream().filter(t -> !t.eligible()).forEach(t -> outcomes.put(t.teamId(), Outcome.DISQUALIFIED));
        int staying = Math.max(0, eligible.size() - eliminations);
        for (int i = 0; i < eligible.size(); i++) {
            Outcome outcome = i >= staying
                    ? Outcome.ELIMINATED
                    : staying <= finalistsWanted ? Outcome.FINALIST : Outcome.ADVANCES;
            outcomes.put(eligible.get(i).inputs.teamId(), outcome);
        }
        return outcomes;
    }

    /** Eligible teams first, best first; then disqualified teams by total. */
    private static List<Scored> rank(List<TeamInputs> inputs, Long leftOutExpert, List<Long> administratorOrder) {
        Map<Long, Integer> decided = new HashMap<>();
        for (int i = 0; i < administratorOrder.size(); i++) {
            decided.put(administratorOrder.get(i), i);
        }
        Comparator<Scored> order = Comparator.comparing((Scored s) -> !s.inputs.eligible())
                .thenComparing(Scored::total, Comparator.reverseOrder())
                .thenComparing(s -> s.expert.points(), Comparator.reverseOrder())
                .thenComparing(s -> s.inputs.benchmarkPoints(), Comparator.reverseOrder())
                .thenComparing(s -> s.inputs.publicPoints(), Comparator.reverseOrder())
                .thenComparing(s -> decided.getOrDefault(s.inputs.teamId(), Integer.MAX_VALUE))
                .thenComparing(s -> s.inputs.teamId());
        return inputs.stream()
                .map(t -> new Scored(t, leftOutExpert))
                .sorted(order)
                .toList();
    }

    /** Teams tied on every criterion, with no administrator decision, where the tie decides who leaves. */
    private static List<Long> unresolvedTie(List<Scored> ranked, int eliminations, List<Long> administratorOrder) {
        List<Scored> eligible = ranked.stream().filter(s -> s.inputs.eligible()).toList();
        int cut = eligible.size() - eliminations;
        if (eliminations == 0 || cut <= 0 || cut >= eligible.size()) {
            return List.of();
        }
        Scored lastStaying = eligible.get(cut - 1);
        Scored firstLeaving = eligible.get(cut);
        if (!lastStaying.sameKeys(firstLeaving)) {
            return List.of();
        }
        List<Long> tied = eligible.stream()
                .filter(s -> s.sameKeys(firstLeaving))
                .map(s -> s.inputs.teamId())
                .toList();
        return new HashSet<>(administratorOrder).containsAll(tied) ? List.of() : tied;
    }

    /** A team's components and total, optionally without one expert's sheets. */
    private static final class Scored {
        final TeamInputs inputs;
        final PanelAggregation.Result expert;
        final PanelAggregation.Result userPanel;

        Scored(TeamInputs inputs, Long leftOutExpert) {
            this.inputs = inputs;
            this.expert = PanelAggregation.aggregate(inputs.expertTotalsByReviewer().entrySet().stream()
                    .filter(e -> !e.getKey().equals(leftOutExpert))
                    .map(Map.Entry::getValue)
                    .toList());
            this.userPanel = PanelAggregation.aggregate(
                    List.copyOf(inputs.userPanelTotalsByReviewer().values()));
        }

        BigDecimal total() {
            return inputs.benchmarkPoints()
                    .add(expert.points())
                    .add(userPanel.points())
                    .add(inputs.publicPoints())
                    .setScale(2, RoundingMode.HALF_UP);
        }

        boolean sameKeys(Scored other) {
            return total().compareTo(other.total()) == 0
                    && expert.points().compareTo(other.expert.points()) == 0
                    && inputs.benchmarkPoints().compareTo(other.inputs.benchmarkPoints()) == 0
                    && inputs.publicPoints().compareTo(other.inputs.publicPoints()) == 0;
        }

        TeamResult result(Integer rank, Outcome outcome, boolean robust) {
            return new TeamResult(
                    inputs.teamId(),
                    inputs.benchmarkPoints(),
                    expert.points(),
                    expert.rule(),
                    userPanel.points(),
                    userPanel.rule(),
                    inputs.publicPoints(),
                    total(),
                    rank,
                    outcome,
                    inputs.eligibilityRationale(),
                    robust);
        }
    }
}
