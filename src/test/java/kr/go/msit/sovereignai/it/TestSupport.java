package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kr.go.msit.sovereignai.application.PublicEvaluationCache;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;

/**
 * Test fixture, deployed only in test archives: gives each test its own open round, so tests
 * never depend on each other's state or order, and reads what was stored.
 */
@Stateless
@PermitAll
public class TestSupport {

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    BallotRepository ballots;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PublicEvaluationCache cache;

    /** Closes whatever round is open and opens a new one, returning its number. */
    public int openFreshRound() {
        rounds.findAll().stream().filter(ReviewRound::acceptsBallots).forEach(ReviewRound::close);
        int number = rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReviewRound round = new ReviewRound(number, new ReviewWindow(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))), 1);
        rounds.store(round);
        round.open();
        cache.roundsOrTeamsChanged();
        return number;
    }

    public void close(int number) {
        rounds.findByNumber(number).orElseThrow().close();
        cache.roundsOrTeamsChanged();
    }

    public void publish(int number) {
        rounds.findByNumber(number).orElseThrow().publish();
        cache.roundsOrTeamsChanged();
    }

    /** Ballots stored in a round, counted row by row (what the turnout counters must agree with). */
    public long storedBallots(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        return entityManager.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.roundId = :round", Long.class)
                .setParameter("round", roundId).getSingleResult();
    }

    public long turnout(int number) {
        return ballots.turnout(rounds.findByNumber(number).orElseThrow().getId());
    }
}
