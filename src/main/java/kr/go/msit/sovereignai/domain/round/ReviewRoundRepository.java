package kr.go.msit.sovereignai.domain.round;

import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import java.util.Optional;

public interface ReviewRoundRepository {

    /** Every round by number. */
    List<ReviewRound> findAll();

    Optional<ReviewRound> findByNumber(int number);

    /** The round with this number; refused with round.notFound when there is none. */
    default ReviewRound require(int number) {
        return findByNumber(number).orElseThrow(() -> new DomainRuleViolation("round.notFound", number));
    }

    /** The round open now, else the lowest-numbered round not yet published: the one the programme is waiting on. */
    Optional<ReviewRound> findCurrent();

    void store(ReviewRound round);

    /** The round's status as committed now, read without loading the round. */
    RoundStatus statusOf(long roundId);
}
