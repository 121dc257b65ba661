package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;
import kr.go.msit.sovereignai.application.PublicEvaluationCache;
import kr.go.msit.sovereignai.application.ReviewViews.NewReviewer;
import kr.go.msit.sovereignai.application.ReviewerAdministration;
import kr.go.msit.sovereignai.domain.scoring.Panel;
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

    @Inject
    TeamRepository teams;

    @Inject
    AccountRepository accounts;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PublicEvaluationCache cache;

    @Inject
    AsAdministrator administrator;

    @Inject
    ReviewerAdministration reviewerAdministration;

    /** Closes whatever round is open and opens a new one, returning its number. */
    public int openFreshRound() {
        rounds.findAll().stream().filter(ReviewRound::acceptsBallots).forEach(ReviewRound::close);
        int number = scheduleFreshRound();
        rounds.findByNumber(number).orElseThrow().open(Instant.now(), "test-support");
        cache.roundsOrTeamsChanged();
        return number;
    }

    /** Adds a new scheduled round after the last one, returning its number. */
    public int scheduleFreshRound() {
        int number = rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        rounds.store(new ReviewRound(number, new ReviewWindow(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))), 1));
        return number;
    }

    /**
     * Stores one ballot per given rating, each by a new citizen, rating every team on the round's
     * ballot that value on every criterion; returns the ids of the teams rated.
     */
    public List<Long> castBallots(int number, List<Integer> ratings) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        List<Long> teamIds = teams.findInTheRace().stream().filter(t -> t.getJoinedRoundNumber() <= number).map(Team::getId).toList();
        for (int value : ratings) {
            Account citizen = Account.citizen("fixture-" + UUID.randomUUID() + "@example.kr", "시험", "not-a-real-hash", Instant.now());
            accounts.store(citizen);
            List<Rating> all = new ArrayList<>();
            teamIds.forEach(team -> round.getPublicCriteria().forEach(c -> all.add(new Rating(team, c.getId(), value))));
            ballots.storeFirst(new Ballot(round.getId(), citizen.getId(), all, Receipt.derive(number, all, UUID.randomUUID().toString().getBytes()), Instant.now()));
        }
        return teamIds;
    }

    /** Creates an expert reviewer assigned to the round; returns their email and one-time password set-up secret. */
    public String createAssignedReviewer(int number) {
        String email = "reviewer-" + UUID.randomUUID() + "@it.example";
        NewReviewer reviewer = administrator.call(() -> reviewerAdministration.createReviewer(email, "브라우저 위원", Panel.EXPERT));
        administrator.call(() -> {
            reviewerAdministration.assign(reviewer.id(), number);
            return null;
        });
        return email + " " + reviewer.setupSecret();
    }

    public void close(int number) {
        rounds.findByNumber(number).orElseThrow().close();
        cache.roundsOrTeamsChanged();
    }

    public void publish(int number) {
        rounds.findByNumber(number).orElseThrow().publish(Instant.now(), Duration.ofDays(7));
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
