package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot_;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent.RatingTotals;

@ApplicationScoped
public class JpaBallotRepository implements BallotRepository {

    /** Turnout counter rows per round; see V2__public_evaluation.sql. */
    static final int TURNOUT_STRIPES = 16;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Ballot> findByCitizen(long roundId, long citizenId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Ballot.class);
        var ballot = query.from(Ballot.class);
        query.where(builder.equal(ballot.get(Ballot_.roundId), roundId), builder.equal(ballot.get(Ballot_.citizenId), citizenId));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public void storeFirst(Ballot ballot) {
        try {
            entityManager.persist(ballot);
            entityManager.flush();
        } catch (PersistenceException failure) {
            if (DatabaseConstraints.violated(failure, "UK_BALLOT_ROUND_CITIZEN")) {
                throw new AlreadyCast();
            }
            throw failure;
        }
        int counted = entityManager.createNativeQuery("UPDATE round_turnout SET ballots = ballots + 1 WHERE round_id = ?1 AND stripe = ?2")
                .setParameter(1, ballot.getRoundId())
                .setParameter(2, ThreadLocalRandom.current().nextInt(TURNOUT_STRIPES))
                .executeUpdate();
        if (counted != 1) {
            throw new IllegalStateException("round " + ballot.getRoundId() + " has no turnout counters");
        }
    }

    @Override
    public void storeChange(Ballot ballot) {
        entityManager.flush();
    }

    @Override
    public long turnout(long roundId) {
        Number ballots = (Number) entityManager
                .createNativeQuery("SELECT COALESCE(SUM(ballots), 0) FROM round_turnout WHERE round_id = ?1")
                .setParameter(1, roundId).getSingleResult();
        return ballots.longValue();
    }

    @Override
    public void prepareTurnout(long roundId) {
        for (int stripe = 0; stripe < TURNOUT_STRIPES; stripe++) {
            entityManager.createNativeQuery("INSERT INTO round_turnout (round_id, stripe, ballots) VALUES (?1, ?2, 0)")
                    .setParameter(1, roundId).setParameter(2, stripe).executeUpdate();
        }
    }

    @Override
    public Map<Long, Map<Long, RatingTotals>> ratingTotals(long roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT r.team_id, r.criterion_id, SUM(r.rating), COUNT(*) FROM ballot_rating r "
                        + "JOIN ballot b ON b.id = r.ballot_id WHERE b.round_id = ?1 GROUP BY r.team_id, r.criterion_id")
                .setParameter(1, roundId).getResultList();
        Map<Long, Map<Long, RatingTotals>> totals = new HashMap<>();
        for (Object[] row : rows) {
            totals.computeIfAbsent(((Number) row[0]).longValue(), team -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), new RatingTotals(((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return totals;
    }

    @Override
    public List<Ballot> bulletinPage(long roundId, String afterReceipt, int size) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Ballot.class);
        var ballot = query.from(Ballot.class);
        query.where(builder.equal(ballot.get(Ballot_.roundId), roundId),
                builder.greaterThan(ballot.get(Ballot_.receipt), afterReceipt == null ? "" : afterReceipt))
                .orderBy(builder.asc(ballot.get(Ballot_.receipt)));
        return entityManager.createQuery(query).setMaxResults(size).getResultList();
    }

    @Override
    public Optional<Ballot> findByReceipt(long roundId, String receipt) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Ballot.class);
        var ballot = query.from(Ballot.class);
        query.where(builder.equal(ballot.get(Ballot_.roundId), roundId), builder.equal(ballot.get(Ballot_.receipt), receipt));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }
}
