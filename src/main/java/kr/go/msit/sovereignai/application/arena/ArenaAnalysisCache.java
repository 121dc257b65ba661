package kr.go.msit.sovereignai.application.arena;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;

/**
 * Each closed arena round's analysis, computed once: its votes cannot change after the close and the
 * analysis is deterministic, so what is kept is exactly what a recomputation would give.
 */
@ApplicationScoped
public class ArenaAnalysisCache {

    /** A closed round's analysis with the battles issued and voted (they cannot change either). */
    public record ClosedArena(ArenaLeaderboard leaderboard, long issued, long voted, long verifiedVoters) {}

    private final Map<Long, ClosedArena> byRound = new ConcurrentHashMap<>();

    public ClosedArena closedArena(long roundId, Supplier<ClosedArena> compute) {
        return byRound.computeIfAbsent(roundId, id -> compute.get());
    }
}
