package kr.go.msit.sovereignai.domain.team;

/** Where a consortium stands in the competition. Only {@link #ACTIVE} teams are still in the race. */
public enum TeamStatus {
    ACTIVE,
    ELIMINATED,
    DISQUALIFIED,
    FINALIST,
    WITHDRAWN;

    public boolean inTheRace() {
        return this == ACTIVE || this == FINALIST;
    }
}
