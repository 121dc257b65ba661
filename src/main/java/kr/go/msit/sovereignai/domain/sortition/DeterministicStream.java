package kr.go.msit.sovereignai.domain.sortition;

/**
 * Uniform integers from a seed by SHA-256 in counter mode: block_j = SHA-256(seed || label || uint64_be(j)), its
 * first 8 bytes as an unsigned v, accepted when v < floor(2^64 / n) * n, giving v mod n (else the next block). The
 * draw's {@code "draw"} stream is exactly {@link PanelDraw}'s published rule; other labels give independent streams.
 */
final class DeterministicStream {

    private final byte[] seed;
    private final byte[] label;
    private long counter;

    DeterministicStream(byte[] seed, String label) {
        this.seed = seed.clone();
        this.label = Hashing.utf8(label);
    }

    /** A uniform integer in [0, n), n >= 1. */
    long below(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        // limit = floor(2^64 / n) * n as an unsigned 64-bit number; 0 stands for 2^64 (n a power of two).
        long quotient = Long.divideUnsigned(-1L, n);
        long remainder = Long.remainderUnsigned(-1L, n);
        if (remainder == n - 1) {
            quotient += 1; // 2^64 - 1 = q n + (n - 1), so 2^64 = (q + 1) n
        }
        long limit = quotient * n;
        while (true) {
            long v = Hashing.firstLong(Hashing.sha256(seed, label, Hashing.uint64(counter++)), 0);
            if (limit == 0 || Long.compareUnsigned(v, limit) < 0) {
                return Long.remainderUnsigned(v, n);
            }
        }
    }

    /** How many blocks were used so far. */
    long blocksUsed() {
        return counter;
    }
}
