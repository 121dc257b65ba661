package kr.go.msit.sovereignai.domain.sortition;

/**
 * What is fixed before the public randomness exists: SHA-256 over {@code pool.csv}, {@code quotas.csv},
 * {@code table.csv}, the algorithm version and the declared seed source, and the seed derived from it and the
 * winning numbers: S = SHA-256(commitment hex + "\n" + lotto canonical form).
 *
 * <p>Exact bytes. The commitment C is the lowercase hex SHA-256 of the UTF-8 text of five lines, each ended by one LF
 * ({@code 0x0a}), where {@code <...>} is the lowercase hex SHA-256 of that file's UTF-8 bytes:
 *
 * <pre>
 * sovereign-ai-review/sortition/v1
 * pool &lt;sha256(pool.csv)&gt;
 * quotas &lt;sha256(quotas.csv)&gt;
 * table &lt;sha256(table.csv)&gt;
 * seed-source lotto645:1203
 * </pre>
 *
 * (the last line names the declared public randomness, here the winning numbers of 로또 6/45 draw 1203). The seed
 * S is the 32 bytes SHA-256 of the UTF-8 text {@code C + "\n" + numbers}, e.g.
 * {@code "3f…e1\n03-11-19-27-38-42+07"} (no final LF).
 */
public final class DrawCommitment {

    public static final String ALGORITHM_VERSION = "sovereign-ai-review/sortition/v1";

    private DrawCommitment() {}

    /** The commitment (lowercase hex). */
    public static String of(String poolCsv, String quotasCsv, String tableCsv, String seedSource) {
        return PoolFile.digest(text(poolCsv, quotasCsv, tableCsv, seedSource));
    }

    /** The exact text whose SHA-256 is the commitment (shown beside it so anyone can hash it). */
    public static String text(String poolCsv, String quotasCsv, String tableCsv, String seedSource) {
        checkSeedSource(seedSource);
        return ALGORITHM_VERSION + "\n"
                + "pool " + PoolFile.digest(poolCsv) + "\n"
                + "quotas " + PoolFile.digest(quotasCsv) + "\n"
                + "table " + PoolFile.digest(tableCsv) + "\n"
                + "seed-source " + seedSource + "\n";
    }

    /** The declared source of a 로또 6/45 draw number: {@code lotto645:<draw number>}. */
    public static String lottoSource(int drawNumber) {
        if (drawNumber < 1) {
            throw new IllegalArgumentException("a 로또 6/45 draw number is positive: " + drawNumber);
        }
        return "lotto645:" + drawNumber;
    }

    /** The seed (32 bytes). */
    public static byte[] seed(String commitment, LottoNumbers numbers) {
        if (!Hashing.isLowerHex(commitment, 64)) {
            throw new IllegalArgumentException("a commitment is 64 lowercase hex digits");
        }
        return Hashing.sha256(Hashing.utf8(commitment + "\n" + numbers.canonical()));
    }

    /** The seed as lowercase hex (as published). */
    public static String seedHex(String commitment, LottoNumbers numbers) {
        return Hashing.hex(seed(commitment, numbers));
    }

    private static void checkSeedSource(String seedSource) {
        if (seedSource == null || !seedSource.matches("[a-z0-9]+:[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "a seed source is a name and a draw, like lotto645:1203: '" + seedSource + "'");
        }
    }
}
