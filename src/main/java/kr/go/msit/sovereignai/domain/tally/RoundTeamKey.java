package kr.go.msit.sovereignai.domain.tally;

import java.io.Serializable;
import java.util.Objects;

/** The key of what a round keeps once per team (a published line, an eligibility decision): its round and team ids. */
public class RoundTeamKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long roundId;
    private long teamId;

    public RoundTeamKey() {}

    public RoundTeamKey(long roundId, long teamId) {
        this.roundId = roundId;
        this.teamId = teamId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoundTeamKey key && key.roundId == roundId && key.teamId == teamId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(roundId, teamId);
    }
}
