package kr.go.msit.sovereignai.domain.arena;

/**
 * The arena analysis fixed before a round opens (frozen with its rules): ties and both-bad count
 * half a win each (a refit with them dropped is reported beside it); votes on prompts excluded by
 * the identity screen are not issued, so not counted; 95 % percentile intervals from a bootstrap
 * that resamples citizens, {@code replicates} replicates seeded with {@code seed}; the PUBLIC
 * points are the component's points times the team's mean modelled win probability against the
 * round's other teams, rounded half-up to two decimals, the same mapping applied to every replicate.
 */
public record ArenaAnalysisPlan(long seed, int replicates) {

    public static final int DEFAULT_REPLICATES = 1000;

    public ArenaAnalysisPlan {
        if (replicates < 100 || replicates > 10_000) {
            throw new IllegalArgumentException("replicates out of range: " + replicates);
        }
    }
}
