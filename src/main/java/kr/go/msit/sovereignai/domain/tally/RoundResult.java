package kr.go.msit.sovereignai.domain.tally;

import java.util.List;

/**
 * A round's tally: teams in rank order (disqualified teams last). {@code unresolvedTie} names
 * teams that tie on every criterion across the cut and need an administrator's recorded decision
 * before the result can be published.
 */
public record RoundResult(List<TeamResult> teams, List<Long> unresolvedTie) {

    public RoundResult {
        teams = List.copyOf(teams);
        unresolvedTie = List.copyOf(unresolvedTie);
    }

    public boolean isPublishable() {
        return unresolvedTie.isEmpty();
    }
}
