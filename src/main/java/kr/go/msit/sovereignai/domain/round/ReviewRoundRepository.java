package kr.go.msit.sovereignai.domain.round;

import java.util.List;
import java.util.Optional;

public interface ReviewRoundRepository {

    /** Every round by number. */
    List<ReviewRound> findAll();

    Optional<ReviewRound> findByNumber(int number);

    /** The round open now, else the lowest-numbered round not yet published: the one the programme is waiting on. */
    Optional<ReviewRound> findCurrent();

    void store(ReviewRound round);

    /** The round's status as committed now, read without loading the round. */
    RoundStatus statusOf(long roundId);
}
