package kr.go.msit.sovereignai.application.arena;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;

/**
 * Each closed arena round's analysis, computed once: its votes cannot change after the close and the
 * analysis is deterministic, so what is kept is exactly what a recomputation would give. A round with a
 * citizens' panel has two analyses, kept apart: everybody's votes (the open public) and its seated members'
 * votes, the latter kept per membership (a member's withdrawal after the draw changes which votes score).
 */
@ApplicationScoped
public class ArenaAnalysisCache {

    /** A closed round's analysis with the battles issued and voted (they cannot change either). */
    public record ClosedArena(ArenaLeaderboard leaderboard, long issued, long voted, long verifiedVoters) {}

    private final Map<String, ClosedArena> byRound = new ConcurrentHashMap<>();

    /** Whether the analysis of everybody's votes in the round is kept (computed, not under way). */
    public boolean hasClosedArena(long roundId) {
        return byRound.containsKey(roundId + "/open");
    }

    /** The analysis of everybody's votes in the round. */
    public ClosedArena closedArena(long roundId, Supplier<ClosedArena> compute) {
        return byRound.computeIfAbsent(roundId + "/open", id -> compute.get());
    }

    /** The analysis of the votes of the round's panel members, for the membership fingerprint given. */
    public ClosedArena panelArena(long roundId, String membership, Supplier<ClosedArena> compute) {
        String key = roundId + "/panel/" + membership;
        // Another membership's analysis of the same round is stale: dropped, so withdrawals do not pile up entries.
        byRound.keySet().removeIf(k -> k.startsWith(roundId + "/panel/") && !k.equals(key));
        return byRound.computeIfAbsent(key, id -> compute.get());
    }
}
