package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of reviewer_assignment: a reviewer assigned to score a round. Persistence only. */
@Entity
@Table(name = "reviewer_assignment")
@IdClass(ReviewerAssignment.Key.class)
class ReviewerAssignment {

    @Id
    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private long reviewerId;

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    protected ReviewerAssignment() {}

    ReviewerAssignment(long reviewerId, long roundId) {
        this.reviewerId = reviewerId;
        this.roundId = roundId;
    }

    /** The composite key (reviewer_id, round_id). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long reviewerId;
        private long roundId;

        public Key() {}

        Key(long reviewerId, long roundId) {
            this.reviewerId = reviewerId;
            this.roundId = roundId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.reviewerId == reviewerId && key.roundId == roundId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reviewerId, roundId);
        }
    }
}
