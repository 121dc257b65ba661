package kr.go.msit.sovereignai.domain.sortition;

/**
 * What is fixed before the public randomness exists: SHA-256 over {@code pool.csv}, {@code quotas.csv},
 * {@code table.csv}, the algorithm version and the declared seed source, and the seed derived from it and the
 * winning numbers: S = SHA-256(commitment hex + "\n" + lotto canonical form).
 */
public final class DrawCommitment {

    public static final String ALGORITHM_VERSION = "sovereign-ai-review/sortition/v1";

    private DrawCommitment() {}

    /** The commitment (lowercase hex). */
    public static String of(String poolCsv, String quotasCsv, String tableCsv, String seedSource) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    /** The seed (32 bytes). */
    public static byte[] seed(String commitment, LottoNumbers numbers) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
