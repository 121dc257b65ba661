package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of round_turnout: one of a round's turnout counter stripes (see V2__public_evaluation.sql).
 * Counted with bulk updates only, so concurrent ballots never read-modify-write a counter.
 */
@Entity
@Table(name = "round_turnout")
@IdClass(RoundTurnout.Key.class)
class RoundTurnout {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(nullable = false, updatable = false)
    private int stripe;

    @Column(nullable = false)
    private long ballots;

    /** Of these, ballots cast by citizens whose identity was verified (see V22__verified_identity.sql). */
    @Column(name = "verified_ballots", nullable = false)
    private long verifiedBallots;

    protected RoundTurnout() {}

    RoundTurnout(long roundId, int stripe) {
        this.roundId = roundId;
        this.stripe = stripe;
    }

    /** The composite key (round_id, stripe). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long roundId;
        private int stripe;

        public Key() {}

        Key(long roundId, int stripe) {
            this.roundId = roundId;
            this.stripe = stripe;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.stripe == stripe;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, stripe);
        }
    }
}
