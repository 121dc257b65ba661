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
import kr.go.msit.sovereignai.domain.ballot.Rating_;
import kr.go.msit.sovereignai.domain.ballot.Turnout;

@ApplicationScoped
public class JpaBallotRepository implements BallotRepository {

    /** Turnout counter rows per round; see V2__public_evaluation.sql. */
    static final int TURNOUT_STRIPES = 16;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Ballot> findByCitizen(long roundId, long citizenId) {
        // Read on every ballot page: one statement with its ratings, and a JPQL string, whose translation Hibernate
        // keeps in its plan cache (a criteria query is translated again on each call).
        return entityManager
                .createQuery(
                        "SELECT b FROM Ballot b LEFT JOIN FETCH b.ratings WHERE b.roundId = :round AND b.citizenId = :citizen",
                        Ballot.class)
                .setParameter("round", roundId)
                .setParameter("citizen", citizenId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public void storeFirst(Ballot ballot, boolean verifiedVoter) {
        try {
            entityManager.persist(ballot);
            entityManager.flush();
        } catch (PersistenceException failure) {
            if (DatabaseConstraints.violated(failure, "UK_BALLOT_ROUND_CITIZEN")) {
                throw new AlreadyCast();
            }
            throw failure;
        }
        // One bulk increment in the database, never read-modify-write: concurrent ballots only contend per stripe.
        int counted = entityManager
                .createQuery(
                        "UPDATE RoundTurnout t SET t.ballots = t.ballots + 1, t.verifiedBallots = t.verifiedBallots + :verified"
                                + " WHERE t.roundId = :round AND t.stripe = :stripe")
                .setParameter("verified", verifiedVoter ? 1L : 0L)
                .setParameter("round", ballot.getRoundId())
                .setParameter("stripe", ThreadLocalRandom.current().nextInt(TURNOUT_STRIPES))
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
        return turnoutFigures(roundId).ballots();
    }

    @Override
    public Turnout turnoutFigures(long roundId) {
        Object[] sums = entityManager
                .createQuery(
                        "SELECT SUM(t.ballots), SUM(t.verifiedBallots) FROM RoundTurnout t WHERE t.roundId = :round",
                        Object[].class)
                .setParameter("round", roundId)
                .getSingleResult();
        return new Turnout(
                sums[0] == null ? 0 : ((Number) sums[0]).longValue(),
                sums[1] == null ? 0 : ((Number) sums[1]).longValue());
    }

    @Override
    public void prepareTurnout(long roundId) {
        for (int stripe = 0; stripe < TURNOUT_STRIPES; stripe++) {
            entityManager.persist(new RoundTurnout(roundId, stripe));
        }
        entityManager.flush();
    }

    @Override
    public Map<Long, Map<Long, RatingTotals>> ratingTotals(long roundId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(TotalsRow.class);
        var ballot = query.from(Ballot.class);
        var rating = ballot.join(Ballot_.ratings);
        var team = rating.get(Rating_.teamId);
        var criterion = rating.get(Rating_.criterionId);
        query.select(builder.construct(
                        TotalsRow.class,
                        team,
                        criterion,
                        builder.sumAsLong(rating.get(Rating_.value)),
                        builder.count(team)))
                .where(builder.equal(ballot.get(Ballot_.roundId), roundId))
                .groupBy(team, criterion);
        Map<Long, Map<Long, RatingTotals>> totals = new HashMap<>();
        for (TotalsRow row : entityManager.createQuery(query).getResultList()) {
            totals.computeIfAbsent(row.teamId(), t -> new HashMap<>())
                    .put(row.criterionId(), new RatingTotals(row.sum(), row.count()));
        }
        return totals;
    }

    @Override
    public Map<Long, Map<Long, RatingTotals>> panelRatingTotals(long roundId) {
        // Summed in the database over the members' ballots only: an IN-subquery on the seated members
        // (ix_panel_volunteer_seat), joined to each ballot's ratings by the ballot's unique (round, citizen).
        List<?> rows = entityManager
                .createNativeQuery("SELECT r.team_id, r.criterion_id, SUM(r.rating), COUNT(*) FROM ballot b"
                        + " JOIN ballot_rating r ON r.ballot_id = b.id"
                        + " WHERE b.round_id = ?1 AND b.citizen_id IN (" + JpaScoringPanelRepository.SEATED + ")"
                        + " GROUP BY r.team_id, r.criterion_id")
                .setParameter(1, roundId)
                .getResultList();
        Map<Long, Map<Long, RatingTotals>> totals = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            totals.computeIfAbsent(((Number) cells[0]).longValue(), t -> new HashMap<>())
                    .put(
                            ((Number) cells[1]).longValue(),
                            new RatingTotals(((Number) cells[2]).longValue(), ((Number) cells[3]).longValue()));
        }
        return totals;
    }

    @Override
    public long panelBallots(long roundId) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM ballot b WHERE b.round_id = ?1 AND b.citizen_id IN ("
                                + JpaScoringPanelRepository.SEATED + ")")
                        .setParameter(1, roundId)
                        .getSingleResult())
                .longValue();
    }

    /** One team's ratings on one criterion, summed and counted in the database. */
    public record TotalsRow(Long teamId, Long criterionId, Long sum, Long count) {}

    @Override
    public List<Ballot> bulletinPage(long roundId, String afterReceipt, int size) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Ballot.class);
        var ballot = query.from(Ballot.class);
        query.where(
                        builder.equal(ballot.get(Ballot_.roundId), roundId),
                        builder.greaterThan(ballot.get(Ballot_.receipt), afterReceipt == null ? "" : afterReceipt))
                .orderBy(builder.asc(ballot.get(Ballot_.receipt)));
        return entityManager.createQuery(query).setMaxResults(size).getResultList();
    }

    @Override
    public Optional<Ballot> findByReceipt(long roundId, String receipt) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Ballot.class);
        var ballot = query.from(Ballot.class);
        query.where(
                builder.equal(ballot.get(Ballot_.roundId), roundId),
                builder.equal(ballot.get(Ballot_.receipt), receipt));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }
}
