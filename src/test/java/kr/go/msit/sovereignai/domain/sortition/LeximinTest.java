package kr.go.msit.sovereignai.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

class LeximinTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void equalsAnExhaustiveLeximinOverEveryPanelOfPeople() {
        FeatureSpace two = SortitionFixtures.twoByTwo();
        // skewed: few young women, many old men
        assertMatchesExhaustive(new Quotas(two, 4, new int[][] {{2, 2}, {2, 2}}), new TypePool(two, new int[] {
            1, 3, 2, 6
        }));
        // a forced type: the only young woman is always in
        assertMatchesExhaustive(new Quotas(two, 4, new int[][] {{1, 3}, {1, 3}}), new TypePool(two, new int[] {
            1, 2, 3, 4
        }));
        // a quota of 0: young women cannot be drawn at all
        assertMatchesExhaustive(new Quotas(two, 3, new int[][] {{1, 2}, {1, 2}}), new TypePool(two, new int[] {
            2, 2, 2, 4
        }));
        FeatureSpace three = SortitionFixtures.twoByTwoByTwo();
        assertMatchesExhaustive(
                new Quotas(three, 5, new int[][] {{3, 2}, {2, 3}, {2, 3}}), new TypePool(three, new int[] {
                    1, 2, 0, 3, 2, 1, 1, 3
                }));
        assertMatchesExhaustive(
                new Quotas(three, 6, new int[][] {{3, 3}, {3, 3}, {3, 3}}), new TypePool(three, new int[] {
                    2, 1, 1, 3, 1, 2, 3, 1
                }));
    }

    private static void assertMatchesExhaustive(Quotas quotas, TypePool pool) {
        FairDistribution distribution = Leximin.compute(quotas, pool);
        FairDistribution again = Leximin.compute(quotas, pool);
        assertArrayEquals(distribution.typeProbabilities(), again.typeProbabilities(), "deterministic");
        assertArrayEquals(distribution.weights(), again.weights(), "deterministic");
        double[] expected = exhaustiveTypeProbabilities(quotas, pool);
        assertArrayEquals(
                expected,
                distribution.typeProbabilities(),
                TOLERANCE,
                () -> "expected " + Arrays.toString(expected) + " got "
                        + Arrays.toString(distribution.typeProbabilities()));
        assertInvariants(quotas, pool, distribution);
    }

    static void assertInvariants(Quotas quotas, TypePool pool, FairDistribution distribution) {
        double weightSum = 0;
        for (double weight : distribution.weights()) {
            assertTrue(weight >= 0);
            weightSum += weight;
        }
        assertEquals(1, weightSum, 1e-9);
        for (Composition composition : distribution.compositions()) {
            assertNull(Compositions.problem(quotas, pool, composition.counts()));
        }
        double seats = 0;
        for (int t = 0; t < pool.counts().length; t++) {
            seats += distribution.typeProbabilities()[t] * pool.counts()[t];
            if (pool.counts()[t] == 0) {
                assertEquals(0, distribution.typeProbabilities()[t]);
            }
        }
        assertEquals(quotas.panelSize(), seats, 1e-6, "probabilities times pool counts sum to the panel size");
    }

    @Test
    void probabilitiesTimesCountsSumToThePanelSizeOnTheMinistryPlan() {
        Quotas quotas = Quotas.ministryPlan();
        TypePool pool = new TypePool(quotas.space(), SortitionFixtures.skewedMinistryCounts(2_000, 7L));
        FairDistribution distribution = Leximin.compute(quotas, pool);
        assertInvariants(quotas, pool, distribution);
        assertTrue(distribution.minimumProbability() > 0.05, "min " + distribution.minimumProbability());
        // the greedy method gives someone less (estimated over 400 runs)
        double[] greedy = LegacyGreedy.estimatedProbabilities(quotas, pool, SortitionFixtures.sha256("greedy"), 150);
        double greedyMin = Double.POSITIVE_INFINITY;
        for (int t = 0; t < greedy.length; t++) {
            if (pool.counts()[t] > 0) {
                greedyMin = Math.min(greedyMin, greedy[t]);
            }
        }
        assertTrue(
                distribution.minimumProbability(pool) >= greedyMin,
                "LEXIMIN min " + distribution.minimumProbability(pool) + " < greedy min " + greedyMin);
        assertTrue(
                distribution.minimumProbability(pool) > greedyMin * 1.2,
                "on a skewed pool LEXIMIN should clearly beat greedy: " + distribution.minimumProbability(pool) + " vs "
                        + greedyMin);
    }

    @Test
    void greedyIsDeterministicForASeedAndFillsTheSeats() {
        FeatureSpace two = SortitionFixtures.twoByTwo();
        Quotas quotas = new Quotas(two, 4, new int[][] {{2, 2}, {2, 2}});
        TypePool pool = new TypePool(two, new int[] {1, 3, 2, 6});
        double[] first = LegacyGreedy.estimatedProbabilities(quotas, pool, SortitionFixtures.sha256("a"), 500);
        double[] second = LegacyGreedy.estimatedProbabilities(quotas, pool, SortitionFixtures.sha256("a"), 500);
        double[] other = LegacyGreedy.estimatedProbabilities(quotas, pool, SortitionFixtures.sha256("b"), 500);
        assertArrayEquals(first, second);
        assertFalse(Arrays.equals(first, other));
        double seats = 0;
        for (int t = 0; t < 4; t++) {
            seats += first[t] * pool.counts()[t];
        }
        assertEquals(4, seats, 1e-9);
    }

    @Test
    void refusesInfeasibleQuotas() {
        FeatureSpace two = SortitionFixtures.twoByTwo();
        Quotas quotas = new Quotas(two, 4, new int[][] {{2, 2}, {2, 2}});
        InfeasibleQuotas refused = assertThrows(
                InfeasibleQuotas.class, () -> Leximin.compute(quotas, new TypePool(two, new int[] {1, 0, 10, 10})));
        assertFalse(refused.feasibility().feasible());
    }

    // ---- the exhaustive reference: every panel of people, leximin by a sequence of LPs (no column generation) ----

    /** Per-person leximin over all quota panels of people, then each type's probability (from its first person). */
    static double[] exhaustiveTypeProbabilities(Quotas quotas, TypePool pool) {
        int types = pool.counts().length;
        List<Integer> typeOfPerson = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            for (int j = 0; j < pool.counts()[t]; j++) {
                typeOfPerson.add(t);
            }
        }
        int people = typeOfPerson.size();
        List<int[]> panels = new ArrayList<>();
        enumerate(quotas, typeOfPerson, 0, new int[quotas.panelSize()], 0, panels);
        assertFalse(panels.isEmpty());
        double[] person = leximin(people, panels);
        double[] byType = new double[types];
        int index = 0;
        for (int t = 0; t < types; t++) {
            for (int j = 0; j < pool.counts()[t]; j++, index++) {
                assertEquals(person[index - j], person[index], 1e-6, "everyone of a type has the same probability");
            }
            if (pool.counts()[t] > 0) {
                byType[t] = person[index - 1];
            }
        }
        return byType;
    }

    private static void enumerate(
            Quotas quotas, List<Integer> typeOf, int next, int[] chosen, int size, List<int[]> out) {
        if (size == chosen.length) {
            int[] counts = new int[quotas.space().typeCount()];
            for (int person : chosen) {
                counts[typeOf.get(person)]++;
            }
            int[] ones = new int[typeOf.size()];
            if (meets(quotas, counts)) {
                for (int person : chosen) {
                    ones[person] = 1;
                }
                out.add(ones);
            }
            return;
        }
        for (int person = next; person <= typeOf.size() - (chosen.length - size); person++) {
            chosen[size] = person;
            enumerate(quotas, typeOf, person + 1, chosen, size + 1, out);
        }
    }

    private static boolean meets(Quotas quotas, int[] counts) {
        FeatureSpace space = quotas.space();
        for (int f = 0; f < space.features().size(); f++) {
            for (int v = 0; v < space.features().get(f).values().size(); v++) {
                int sum = 0;
                for (int t = 0; t < counts.length; t++) {
                    if (space.valuesOf(t)[f] == v) {
                        sum += counts[t];
                    }
                }
                if (sum != quotas.quota(f, v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Leximin by definition: maximise the smallest unfixed probability z; then every unfixed person whose
     * probability cannot exceed z while all others keep theirs is fixed at z; repeat.
     */
    private static double[] leximin(int people, List<int[]> panels) {
        double[] fixed = new double[people];
        Arrays.fill(fixed, Double.NaN);
        while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
            double z = solve(people, panels, fixed, Double.NaN, -1);
            boolean any = false;
            double[] raised = new double[people];
            for (int i = 0; i < people; i++) {
                if (Double.isNaN(fixed[i])) {
                    raised[i] = solve(people, panels, fixed, z, i);
                }
            }
            for (int i = 0; i < people; i++) {
                if (Double.isNaN(fixed[i]) && raised[i] <= z + 1e-7) {
                    fixed[i] = z;
                    any = true;
                }
            }
            assertTrue(any, "someone is fixed each round");
        }
        return fixed;
    }

    /** Without a target: the largest z with every unfixed person >= z. With one: the most person target can get. */
    private static double solve(int people, List<int[]> panels, double[] fixed, double floor, int target) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[panels.size()];
        Expression sum = model.addExpression("sum").level(1);
        for (int p = 0; p < lambda.length; p++) {
            lambda[p] = model.addVariable("l" + p).lower(0);
            sum.set(lambda[p], 1);
        }
        Variable z = model.addVariable("z").lower(0);
        if (target < 0) {
            z.weight(1);
        }
        for (int i = 0; i < people; i++) {
            Expression pi = model.addExpression("p" + i);
            for (int p = 0; p < lambda.length; p++) {
                if (panels.get(p)[i] == 1) {
                    pi.set(lambda[p], 1);
                }
            }
            if (!Double.isNaN(fixed[i])) {
                pi.lower(fixed[i] - 1e-9);
            } else if (target < 0) {
                pi.set(z, -1).lower(0);
            } else {
                pi.lower(floor - 1e-9);
                if (i == target) {
                    pi.weight(1);
                }
            }
        }
        Optimisation.Result result = model.maximise();
        assertTrue(result.getState().isOptimal(), result.getState().toString());
        return target < 0 ? result.doubleValue(lambda.length) : result.getValue();
    }
}
