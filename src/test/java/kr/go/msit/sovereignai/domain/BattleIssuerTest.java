package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import kr.go.msit.sovereignai.domain.arena.BattleIssuer;
import kr.go.msit.sovereignai.domain.arena.BattleIssuer.Cell;
import kr.go.msit.sovereignai.domain.arena.BattleIssuer.Filled;
import org.junit.jupiter.api.Test;

/** Fair issuing: every (prompt, pair, side order) cell within one battle of every other, no prompt twice to a citizen. */
class BattleIssuerTest {

    private static final List<Long> FIVE_TEAMS = List.of(11L, 12L, 13L, 14L, 15L);

    @Test
    void theLayoutHasEveryPromptPairAndSideOrderOnce() {
        List<Cell> cells = BattleIssuer.layout(List.of(1L, 2L, 3L), FIVE_TEAMS, new Random(7));

        assertEquals(3 * 5 * 4, cells.size(), "3 prompts x 10 pairs x 2 side orders");
        Set<List<Long>> distinct = new HashSet<>();
        cells.forEach(c -> distinct.add(List.of(c.promptId(), c.teamA(), c.teamB())));
        assertEquals(cells.size(), distinct.size());
        assertTrue(cells.stream().noneMatch(c -> c.teamA() == c.teamB()));
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(i, cells.get(i).position());
        }
    }

    /** Citizens arrive at random, each up to the cap; after every issue the cells stay within one of each other. */
    @Test
    void overEveryIssuedBattleNoCellIsMoreThanOneAheadAndNoCitizenSeesAPromptTwice() {
        Random random = new Random(20);
        List<Long> prompts = LongStream.rangeClosed(1, 12).boxed().toList();
        List<Cell> layout = BattleIssuer.layout(prompts, FIVE_TEAMS, random);
        int[] issued = new int[layout.size()];
        Map<Integer, Set<Long>> seen = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        int cap = 8;
        int citizens = 400;
        int total = 0;
        int refusedWhileUnderCap = 0;
        for (int step = 0; step < citizens * cap * 2; step++) {
            int citizen = random.nextInt(citizens);
            if (count.getOrDefault(citizen, 0) >= cap) {
                continue;
            }
            List<Filled> filled = new ArrayList<>();
            for (int i = 0; i < layout.size(); i++) {
                filled.add(new Filled(layout.get(i), issued[i]));
            }
            Optional<Cell> next = BattleIssuer.next(filled, seen.getOrDefault(citizen, Set.of()));
            if (next.isEmpty()) {
                refusedWhileUnderCap++;
                continue;
            }
            Cell cell = next.get();
            assertTrue(
                    seen.computeIfAbsent(citizen, c -> new HashSet<>()).add(cell.promptId()),
                    "a prompt issued twice to citizen " + citizen);
            issued[cell.position()]++;
            count.merge(citizen, 1, Integer::sum);
            total++;
            int min = java.util.Arrays.stream(issued).min().orElseThrow();
            int max = java.util.Arrays.stream(issued).max().orElseThrow();
            assertTrue(max - min <= 1, "cells " + min + ".." + max + " after " + total + " battles");
        }
        assertTrue(total > citizens * cap * 9 / 10, "nearly every citizen reached the cap: " + total);
        assertTrue(
                refusedWhileUnderCap < total / 20,
                "refusals (every least-filled cell on a seen prompt) stay rare: " + refusedWhileUnderCap);

        // Sides: each team is shown as A as often as B, within one per pair and prompt.
        Map<Long, Integer> asA = new HashMap<>();
        Map<Long, Integer> asB = new HashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            asA.merge(layout.get(i).teamA(), issued[i], Integer::sum);
            asB.merge(layout.get(i).teamB(), issued[i], Integer::sum);
        }
        for (long team : FIVE_TEAMS) {
            assertTrue(
                    Math.abs(asA.get(team) - asB.get(team)) <= prompts.size() * 4,
                    team + ": A " + asA.get(team) + ", B " + asB.get(team));
        }
    }

    @Test
    void aCitizenWhoHasSeenEveryLeastFilledPromptGetsNoneRatherThanUnbalancingTheCells() {
        List<Cell> layout = BattleIssuer.layout(List.of(1L, 2L), List.of(11L, 12L), new Random(3));
        List<Filled> filled = new ArrayList<>();
        for (Cell cell : layout) {
            // Prompt 2's cells are one ahead: only prompt 1's are least filled.
            filled.add(new Filled(cell, cell.promptId() == 2L ? 1 : 0));
        }

        assertFalse(
                BattleIssuer.next(filled, Set.of(1L)).isPresent(), "prompt 1 seen: nothing, though prompt 2 is unseen");
        assertEquals(1L, BattleIssuer.next(filled, Set.of()).orElseThrow().promptId());
        assertEquals(1L, BattleIssuer.next(filled, Set.of(2L)).orElseThrow().promptId());
    }

    @Test
    void amongTheLeastFilledTheFirstInTheRoundsRandomOrderIsIssued() {
        List<Cell> layout = BattleIssuer.layout(List.of(1L, 2L, 3L), List.of(11L, 12L, 13L), new Random(5));
        List<Filled> filled = layout.stream()
                .map(c -> new Filled(c, c.position() < 4 ? 1 : 0))
                .toList();

        assertEquals(4, BattleIssuer.next(filled, Set.of()).orElseThrow().position());
    }
}
