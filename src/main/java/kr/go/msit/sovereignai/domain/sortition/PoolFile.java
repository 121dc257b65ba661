package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * {@code pool.csv}: header {@code pseudonym,} then the features' names; one line per volunteer with the value codes,
 * sorted by pseudonym, UTF-8, LF line ends. Its SHA-256 (lowercase hex) is the pool digest published at the deadline.
 */
public final class PoolFile {

    private PoolFile() {}

    public static String csv(FeatureSpace space, List<PoolEntry> entries) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    public static List<PoolEntry> parse(FeatureSpace space, String csv) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    /** Lowercase hex SHA-256 of the text's UTF-8 bytes (the one digest of every published file). */
    public static String digest(String text) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
