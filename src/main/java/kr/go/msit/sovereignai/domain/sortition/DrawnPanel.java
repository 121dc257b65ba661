package kr.go.msit.sovereignai.domain.sortition;

import java.util.List;

/**
 * The draw's outcome: the ticket drawn (0..totalTickets-1), the table row it falls in, the members (pseudonyms, per
 * type in rank order) and every type's reserve order (the rest of its rank order). Published as {@code draw.csv}:
 * header {@code pseudonym,type,seat,rank}, seat {@code MEMBER} or {@code RESERVE}, rank from 1 within the type.
 */
public record DrawnPanel(long ticket, int row, List<PoolEntry> members, List<PoolEntry> reserves) {

    public DrawnPanel {
        members = List.copyOf(members);
        reserves = List.copyOf(reserves);
    }

    public String toCsv(FeatureSpace space) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
