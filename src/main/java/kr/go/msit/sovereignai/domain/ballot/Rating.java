package kr.go.msit.sovereignai.domain.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** One answer on a ballot: a team rated from {@link #LOWEST} to {@link #HIGHEST} on one public criterion. */
@Embeddable
public class Rating {

    /** The rating range, here and nowhere else. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(name = "rating", nullable = false)
    private int value;

    protected Rating() {}

    public Rating(long teamId, long criterionId, int value) {
        requireInRange(value);
        this.teamId = teamId;
        this.criterionId = criterionId;
        this.value = value;
    }

    /** Refuses a value outside {@link #LOWEST}..{@link #HIGHEST} with ballot.rating.outOfRange. */
    public static int requireInRange(int value) {
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainRuleViolation("ballot.rating.outOfRange", LOWEST, HIGHEST);
        }
        return value;
    }

    public long teamId() {
        return teamId;
    }

    public long criterionId() {
        return criterionId;
    }

    public int value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rating rating
                && teamId == rating.teamId
                && criterionId == rating.criterionId
                && value == rating.value;
    }

    @Override
    public int hashCode() {
        return Objects.hash(teamId, criterionId, value);
    }

    @Override
    public String toString() {
        return teamId + "/" + criterionId + "=" + value;
    }
}
