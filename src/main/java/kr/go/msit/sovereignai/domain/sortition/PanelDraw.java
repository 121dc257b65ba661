package kr.go.msit.sovereignai.domain.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The deterministic draw. Uniform integer below n: block_j = SHA-256(seed || "draw" || uint64_be(j)), its first 8
 * bytes as an unsigned v, accepted when v < floor(2^64 / n) * n, giving v mod n (else j + 1). The ticket picks the
 * table row whose cumulative ticket range holds it. Within each type the pseudonyms are ordered by
 * SHA-256(seed || "rank" || type label || pseudonym) and the first c_t are members; the rest is the reserve order.
 * Only {@code MessageDigest}: never {@code java.util.Random} or {@code SecureRandom}.
 *
 * <p>Bytes: the seed is its 32 raw bytes, {@code "draw"} and {@code "rank"} are ASCII, j starts at 0, the type label
 * and pseudonym are UTF-8 (ASCII); the ranking hashes compare as unsigned bytes, ascending (ties, which SHA-256 makes
 * practically impossible, by pseudonym). n is the table's total tickets; the ticket's row is the first whose
 * cumulative tickets exceed it.
 */
public final class PanelDraw {

    private PanelDraw() {}

    public static DrawnPanel draw(LotteryTable table, byte[] seed, List<PoolEntry> pool) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("the seed is 32 bytes");
        }
        FeatureSpace space = table.quotas().space();
        int types = space.typeCount();
        List<List<PoolEntry>> byType = new ArrayList<>(types);
        for (int t = 0; t < types; t++) {
            byType.add(new ArrayList<>());
        }
        for (PoolEntry entry : pool) {
            byType.get(entry.type()).add(entry);
        }
        for (int t = 0; t < types; t++) {
            if (byType.get(t).size() != table.pool().counts()[t]) {
                throw new IllegalArgumentException("the pool does not match the table's pool counts at "
                        + space.typeLabel(t) + ": " + byType.get(t).size() + " volunteers, the table counted "
                        + table.pool().counts()[t]);
            }
        }
        long ticket = new DeterministicStream(seed, "draw").below(table.totalTickets());
        int row = table.rowOf(ticket);
        int[] counts = table.rows().get(row).counts();
        List<PoolEntry> members = new ArrayList<>();
        List<PoolEntry> reserves = new ArrayList<>();
        byte[] rankLabel = Hashing.utf8("rank");
        for (int t = 0; t < types; t++) {
            byte[] typeLabel = Hashing.utf8(space.typeLabel(t));
            List<Ranked> ranked = new ArrayList<>();
            for (PoolEntry entry : byType.get(t)) {
                ranked.add(
                        new Ranked(entry, Hashing.sha256(seed, rankLabel, typeLabel, Hashing.utf8(entry.pseudonym()))));
            }
            ranked.sort(Comparator.<Ranked, byte[]>comparing(r -> r.hash, Arrays::compareUnsigned)
                    .thenComparing(r -> r.entry.pseudonym()));
            for (int i = 0; i < ranked.size(); i++) {
                (i < counts[t] ? members : reserves).add(ranked.get(i).entry);
            }
        }
        return new DrawnPanel(ticket, row, members, reserves);
    }

    private record Ranked(PoolEntry entry, byte[] hash) {}
}
