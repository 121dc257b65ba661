package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot_;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent.RatingTotals;
import kr.go.msit.sovereignai.domain.ballot.Rating;
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
        Map<List<Long>, long[]> added = new HashMap<>();
        ballot.getRatings().forEach(r -> added.put(List.of(r.teamId(), r.criterionId()), new long[] {r.value(), 1}));
        addToRatingTotals(ballot.getRoundId(), added);
    }

    /**
     * Writes the change, and moves the ballot's ratings in the round's totals: the replaced ratings (loaded with the
     * ballot in this transaction) are taken out and the new ones put in. The ballot's version guards them: a change
     * stored meanwhile fails the flush, before the totals move.
     */
    @Override
    public void storeChange(Ballot ballot, Set<Rating> replaced) {
        Map<List<Long>, long[]> moved = new HashMap<>();
        for (Rating rating : replaced) {
            moved.put(List.of(rating.teamId(), rating.criterionId()), new long[] {-rating.value(), -1});
        }
        entityManager.flush();
        for (Rating rating : ballot.getRatings()) {
            long[] delta = moved.computeIfAbsent(List.of(rating.teamId(), rating.criterionId()), k -> new long[2]);
            delta[0] += rating.value();
            delta[1] += 1;
        }
        moved.values().removeIf(delta -> delta[0] == 0 && delta[1] == 0);
        addToRatingTotals(ballot.getRoundId(), moved);
    }

    /**
     * Adds (team, criterion) -> {sum, count} to one stripe of the round's rating totals, in one statement: the rows of
     * the ballot's teams and criteria on that stripe (a pair the ballot did not rate adds nothing).
     */
    private void addToRatingTotals(long roundId, Map<List<Long>, long[]> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<Long> teams =
                deltas.keySet().stream().map(k -> k.get(0)).distinct().toList();
        List<Long> criteria =
                deltas.keySet().stream().map(k -> k.get(1)).distinct().toList();
        StringBuilder sums = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        List<Long> sumParameters = new ArrayList<>();
        List<Long> countParameters = new ArrayList<>();
        deltas.forEach((pair, delta) -> {
            sums.append(" WHEN team_id = ? AND criterion_id = ? THEN ?");
            counts.append(" WHEN team_id = ? AND criterion_id = ? THEN ?");
            sumParameters.addAll(List.of(pair.get(0), pair.get(1), delta[0]));
            countParameters.addAll(List.of(pair.get(0), pair.get(1), delta[1]));
        });
        var update = entityManager.createNativeQuery("UPDATE round_rating_total"
                + " SET rating_sum = rating_sum + CASE" + sums + " ELSE 0 END,"
                + " ratings = ratings + CASE" + counts + " ELSE 0 END"
                + " WHERE round_id = ? AND stripe = ? AND team_id IN (" + placeholders(teams.size())
                + ") AND criterion_id IN (" + placeholders(criteria.size()) + ")");
        List<Long> parameters = new ArrayList<>(sumParameters);
        parameters.addAll(countParameters);
        parameters.add(roundId);
        parameters.add((long) ThreadLocalRandom.current().nextInt(TURNOUT_STRIPES));
        parameters.addAll(teams);
        parameters.addAll(criteria);
        for (int i = 0; i < parameters.size(); i++) {
            update.setParameter(i + 1, parameters.get(i));
        }
        int updated = update.executeUpdate();
        if (updated != teams.size() * criteria.size()) {
            throw new IllegalStateException("round " + roundId + " has no rating totals for some of teams " + teams
                    + " on criteria " + criteria);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    @Override
    public void prepareRatingTotals(long roundId, List<Long> teamIds, List<Long> criterionIds) {
        if (teamIds.isEmpty() || criterionIds.isEmpty()) {
            return;
        }
        // One statement for every team, criterion and stripe (a statement each made an opening cost seconds once a
        // round had many teams), only for a round whose turnout counters exist, never twice for the same row.
        StringBuilder stripes = new StringBuilder();
        for (int stripe = 0; stripe < TURNOUT_STRIPES; stripe++) {
            stripes.append(stripe == 0 ? "" : ", ").append('(').append(stripe).append(')');
        }
        var insert = entityManager.createNativeQuery("INSERT INTO round_rating_total"
                + " (round_id, team_id, criterion_id, stripe, rating_sum, ratings)"
                + " SELECT tu.round_id, t.id, c.id, s.n, 0, 0"
                + " FROM round_turnout tu CROSS JOIN team t CROSS JOIN public_criterion c"
                + " CROSS JOIN (VALUES " + stripes + ") AS s (n)"
                + " WHERE tu.round_id = ? AND tu.stripe = 0"
                + " AND t.id IN (" + placeholders(teamIds.size()) + ")"
                + " AND c.id IN (" + placeholders(criterionIds.size()) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM round_rating_total x WHERE x.round_id = tu.round_id"
                + " AND x.team_id = t.id AND x.criterion_id = c.id AND x.stripe = s.n)");
        int position = 1;
        insert.setParameter(position++, roundId);
        for (Long team : teamIds) {
            insert.setParameter(position++, team);
        }
        for (Long criterion : criterionIds) {
            insert.setParameter(position++, criterion);
        }
        insert.executeUpdate();
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
        // The maintained totals (V28): teams x criteria x 16 rows, whatever the number of ballots.
        List<?> rows = entityManager
                .createNativeQuery("SELECT team_id, criterion_id, SUM(rating_sum), SUM(ratings) FROM round_rating_total"
                        + " WHERE round_id = ?1 GROUP BY team_id, criterion_id")
                .setParameter(1, roundId)
                .getResultList();
        return totalsByTeam(rows);
    }

    private static Map<Long, Map<Long, RatingTotals>> totalsByTeam(List<?> rows) {
        Map<Long, Map<Long, RatingTotals>> totals = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            long count = ((Number) cells[3]).longValue();
            if (count == 0) {
                continue; // as a team no ballot rated: absent
            }
            totals.computeIfAbsent(((Number) cells[0]).longValue(), t -> new HashMap<>())
                    .put(((Number) cells[1]).longValue(), new RatingTotals(((Number) cells[2]).longValue(), count));
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
        return totalsByTeam(rows);
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

    @Override
    public List<Ballot> bulletinPage(long roundId, String afterReceipt, int size) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Ballot.class);
        var ballot = query.from(Ballot.class);
        query.where(
                        builder.equal(ballot.get(Ballot_.roundId), roundId),
                        builder.greaterThan(ballot.get(Ballot_.receipt), afterReceipt == null ? "" : afterReceipt))
                // By (round, receipt), the index's own order, though the round is fixed: H2 then reads the index in
                // order and stops after `size` rows; ordered by receipt alone it sorted every later ballot of the
                // round (8.5 s a page at a million ballots, issue 26).
                .orderBy(builder.asc(ballot.get(Ballot_.roundId)), builder.asc(ballot.get(Ballot_.receipt)));
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
