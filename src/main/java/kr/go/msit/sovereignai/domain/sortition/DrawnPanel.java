package kr.go.msit.sovereignai.domain.sortition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The draw's outcome: the ticket drawn (0..totalTickets-1), the table row it falls in, the members (pseudonyms, per
 * type in rank order) and every type's reserve order (the rest of its rank order). Published as {@code draw.csv}:
 * header {@code pseudonym,type,seat,rank}, seat {@code MEMBER} or {@code RESERVE}, rank from 1 within the type.
 *
 * <p>Exactly: {@code type} is the type label ({@link FeatureSpace#typeLabel}); the lines are ordered by type, within a
 * type its members then its reserves; {@code rank} counts from 1 within the type and seat (member 1..c_t in rank
 * order, then reserve 1, 2, … in the order replacements are taken). UTF-8, LF line ends.
 */
public record DrawnPanel(long ticket, int row, List<PoolEntry> members, List<PoolEntry> reserves) {

    public DrawnPanel {
        members = List.copyOf(members);
        reserves = List.copyOf(reserves);
    }

    public String toCsv(FeatureSpace space) {
        StringBuilder csv = new StringBuilder("pseudonym,type,seat,rank\n");
        for (int t = 0; t < space.typeCount(); t++) {
            append(csv, space, t, members, "MEMBER");
            append(csv, space, t, reserves, "RESERVE");
        }
        return csv.toString();
    }

    /** Each member's and reserve's rank within its type and seat (as in {@code draw.csv}), by pseudonym. */
    public Map<String, Integer> ranks() {
        Map<String, Integer> ranks = new HashMap<>();
        rank(members, ranks);
        rank(reserves, ranks);
        return ranks;
    }

    private static void rank(List<PoolEntry> entries, Map<String, Integer> ranks) {
        Map<Integer, Integer> perType = new HashMap<>();
        for (PoolEntry entry : entries) {
            ranks.put(entry.pseudonym(), perType.merge(entry.type(), 1, Integer::sum));
        }
    }

    private static void append(StringBuilder csv, FeatureSpace space, int type, List<PoolEntry> entries, String seat) {
        String label = space.typeLabel(type);
        int rank = 0;
        for (PoolEntry entry : entries) {
            if (entry.type() == type) {
                csv.append(entry.pseudonym())
                        .append(',')
                        .append(label)
                        .append(',')
                        .append(seat)
                        .append(',')
                        .append(++rank)
                        .append('\n');
            }
        }
    }
}
