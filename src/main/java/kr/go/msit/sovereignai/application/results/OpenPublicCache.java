package kr.go.msit.sovereignai.application.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everybody's PUBLIC points (the open public's, not scored in a round with a citizens' panel) per closed round:
 * the votes they come from cannot change after the close, so what is kept is what a recomputation would give.
 */
@ApplicationScoped
public class OpenPublicCache {

    private final Map<Long, Map<Long, BigDecimal>> byRound = new ConcurrentHashMap<>();

    public Map<Long, BigDecimal> openPoints(long roundId, Supplier<Map<Long, BigDecimal>> compute) {
        return byRound.computeIfAbsent(roundId, id -> Map.copyOf(compute.get()));
    }
}
