package kr.go.msit.sovereignai.domain.sortition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code pool.csv}: header {@code pseudonym,} then the features' names; one line per volunteer with the value codes,
 * sorted by pseudonym, UTF-8, LF line ends. Its SHA-256 (lowercase hex) is the pool digest published at the deadline.
 * Pseudonyms are 16 lowercase hex digits and distinct; an empty pool is the header line alone.
 */
public final class PoolFile {

    private PoolFile() {}

    public static String csv(FeatureSpace space, List<PoolEntry> entries) {
        List<PoolEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(PoolEntry::pseudonym));
        StringBuilder csv = new StringBuilder(header(space)).append('\n');
        String previous = null;
        String[] labels = labels(space);
        for (PoolEntry entry : sorted) {
            checkPseudonym(entry.pseudonym(), "pool");
            if (entry.pseudonym().equals(previous)) {
                throw new IllegalArgumentException("pool: pseudonym " + previous + " twice");
            }
            if (entry.type() < 0 || entry.type() >= labels.length) {
                throw new IllegalArgumentException("pool: no type " + entry.type());
            }
            previous = entry.pseudonym();
            csv.append(entry.pseudonym())
                    .append(',')
                    .append(labels[entry.type()])
                    .append('\n');
        }
        return csv.toString();
    }

    /** Reads {@code pool.csv} back (canonical form only: sorted, distinct, known codes), in file order. */
    public static List<PoolEntry> parse(FeatureSpace space, String csv) {
        List<String> lines = Csv.lines(csv, "pool.csv");
        Csv.expectHeader(lines, header(space), "pool.csv");
        int features = space.features().size();
        List<PoolEntry> entries = new ArrayList<>(lines.size() - 1);
        String previous = null;
        for (int i = 1; i < lines.size(); i++) {
            String where = "pool.csv line " + (i + 1);
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != features + 1) {
                throw new IllegalArgumentException(where + ": expected " + (features + 1) + " fields");
            }
            checkPseudonym(cells[0], where);
            if (previous != null && previous.compareTo(cells[0]) >= 0) {
                throw new IllegalArgumentException(where + ": pseudonyms must be distinct and in ascending order");
            }
            previous = cells[0];
            int[] values = new int[features];
            for (int f = 0; f < features; f++) {
                try {
                    values[f] = space.valueIndex(f, cells[f + 1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
            entries.add(new PoolEntry(cells[0], space.typeOf(values)));
        }
        return List.copyOf(entries);
    }

    /** Lowercase hex SHA-256 of the text's UTF-8 bytes (the one digest of every published file). */
    public static String digest(String text) {
        return Hashing.hex(Hashing.sha256(Hashing.utf8(text)));
    }

    /** The pool counted by type. */
    public static TypePool count(FeatureSpace space, List<PoolEntry> entries) {
        int[] counts = new int[space.typeCount()];
        for (PoolEntry entry : entries) {
            counts[entry.type()]++;
        }
        return new TypePool(space, counts);
    }

    private static String header(FeatureSpace space) {
        StringBuilder header = new StringBuilder("pseudonym");
        for (FeatureSpace.Feature feature : space.features()) {
            header.append(',').append(feature.name());
        }
        return header.toString();
    }

    private static String[] labels(FeatureSpace space) {
        String[] labels = new String[space.typeCount()];
        for (int t = 0; t < labels.length; t++) {
            labels[t] = space.typeLabel(t).replace('|', ',');
        }
        return labels;
    }

    private static void checkPseudonym(String pseudonym, String where) {
        if (!Hashing.isLowerHex(pseudonym, 16)) {
            throw new IllegalArgumentException(where + ": a pseudonym is 16 lowercase hex digits: '" + pseudonym + "'");
        }
    }
}
