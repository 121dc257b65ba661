package kr.go.msit.sovereignai.domain.ballot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A citizen's ballot in one round: a rating of every team on every public criterion. One per
 * citizen per round (a database unique constraint); a change replaces the ratings and the
 * receipt, so only the last ballot counts.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "citizen_id", nullable = false, updatable = false)
    private long citizenId;

    @Column(nullable = false, unique = true)
    private String receipt;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    /** 1 for the first ballot, +1 for every change. */
    @Column(nullable = false)
    private int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_rating", joinColumns = @JoinColumn(name = "ballot_id"))
    private Set<Rating> ratings = new HashSet<>();

    @Version
    private long version;

    protected Ballot() {}

    /** A first ballot; {@code ratings} were checked complete against the round's {@link BallotSheet}. */
    public Ballot(long roundId, long citizenId, List<Rating> ratings, String receipt, Instant castAt) {
        this.roundId = roundId;
        this.citizenId = citizenId;
        this.revision = 1;
        replace(ratings, receipt, castAt);
    }

    /**
     * The citizen changed their mind: the new ratings and receipt replace the old ones. Returns the ratings replaced
     * (what the round's rating totals take out when the change is stored).
     */
    public Set<Rating> change(List<Rating> newRatings, String newReceipt, Instant changedAt) {
        Set<Rating> replaced = Set.copyOf(ratings);
        revision++;
        replace(newRatings, newReceipt, changedAt);
        return replaced;
    }

    private void replace(List<Rating> newRatings, String newReceipt, Instant at) {
        ratings.clear();
        ratings.addAll(newRatings);
        receipt = newReceipt;
        castAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getCitizenId() {
        return citizenId;
    }

    public String getReceipt() {
        return receipt;
    }

    public Instant getCastAt() {
        return castAt;
    }

    public int getRevision() {
        return revision;
    }

    public Set<Rating> getRatings() {
        return Set.copyOf(ratings);
    }

    /** The ratings as answers, by team then criterion. */
    public BallotAnswers answers() {
        return BallotAnswers.of(ratings);
    }

    /** The rating given to a team on a criterion, or null if none. */
    public Integer ratingOf(long teamId, long criterionId) {
        return ratings.stream()
                .filter(r -> r.teamId() == teamId && r.criterionId() == criterionId)
                .map(Rating::value)
                .findFirst()
                .orElse(null);
    }

    public long getVersion() {
        return version;
    }
}
