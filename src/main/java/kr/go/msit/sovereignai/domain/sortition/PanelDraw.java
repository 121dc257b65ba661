package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * The deterministic draw. Uniform integer below n: block_j = SHA-256(seed || "draw" || uint64_be(j)), its first 8
 * bytes as an unsigned v, accepted when v < floor(2^64 / n) * n, giving v mod n (else j + 1). The ticket picks the
 * table row whose cumulative ticket range holds it. Within each type the pseudonyms are ordered by
 * SHA-256(seed || "rank" || type label || pseudonym) and the first c_t are members; the rest is the reserve order.
 * Only {@code MessageDigest}: never {@code java.util.Random} or {@code SecureRandom}.
 */
public final class PanelDraw {

    private PanelDraw() {}

    public static DrawnPanel draw(LotteryTable table, byte[] seed, List<PoolEntry> pool) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
