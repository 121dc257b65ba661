package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound_;
import kr.go.msit.sovereignai.domain.round.RoundStatus;

@ApplicationScoped
public class JpaReviewRoundRepository implements ReviewRoundRepository {

    /** Input gates per round; see V9__round_input_gates_missed_rounds.sql. */
    static final int INPUT_GATES = 16;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<ReviewRound> findAll() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(ReviewRound.class);
        var round = query.from(ReviewRound.class);
        query.orderBy(builder.asc(round.get(ReviewRound_.number)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public Optional<ReviewRound> findByNumber(int number) {
        // Read by every ballot and vote: a JPQL string, kept translated in Hibernate's plan cache.
        return entityManager
                .createQuery("SELECT r FROM ReviewRound r WHERE r.number = :number", ReviewRound.class)
                .setParameter("number", number)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ReviewRound> findCurrent() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(ReviewRound.class);
        var round = query.from(ReviewRound.class);
        query.where(round.get(ReviewRound_.status)
                        .in(RoundStatus.PUBLISHED, RoundStatus.CANCELLED)
                        .not())
                .orderBy(
                        builder.asc(builder.selectCase()
                                .when(builder.equal(round.get(ReviewRound_.status), RoundStatus.OPEN), 0)
                                .otherwise(1)),
                        builder.asc(round.get(ReviewRound_.number)));
        return entityManager
                .createQuery(query)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public RoundStatus statusOf(long roundId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(RoundStatus.class);
        var round = query.from(ReviewRound.class);
        query.select(round.get(ReviewRound_.status)).where(builder.equal(round.get(ReviewRound_.id), roundId));
        return entityManager.createQuery(query).getSingleResult();
    }

    @Override
    public RoundStatus statusAtInputGate(long roundId) {
        // Native: a FOR UPDATE row lock on round_input_gate, a table with no entity (JPQL locks only entities).
        int locked = entityManager
                .createNativeQuery("SELECT gate FROM round_input_gate WHERE round_id = ?1 AND gate = ?2 FOR UPDATE")
                .setParameter(1, roundId)
                .setParameter(2, ThreadLocalRandom.current().nextInt(INPUT_GATES))
                .getResultList()
                .size();
        if (locked != 1) {
            throw new IllegalStateException("round " + roundId + " has no input gates");
        }
        // Read after the gate is held: a close that committed meanwhile is seen (READ COMMITTED on H2 and PostgreSQL).
        // Native: must read the committed row now, without flushing or consulting the persistence context's copy of the
        // round.
        String status = (String) entityManager
                .createNativeQuery("SELECT status FROM review_round WHERE id = ?1")
                .setParameter(1, roundId)
                .getSingleResult();
        return RoundStatus.valueOf(status);
    }

    @Override
    public void closeInputGates(ReviewRound round) {
        // In gate order, so two closers never deadlock on each other.
        // Native: FOR UPDATE row locks, in gate order, on round_input_gate, a table with no entity.
        entityManager
                .createNativeQuery("SELECT gate FROM round_input_gate WHERE round_id = ?1 ORDER BY gate FOR UPDATE")
                .setParameter(1, round.getId())
                .getResultList();
        entityManager.refresh(round);
    }

    @Override
    public void store(ReviewRound round) {
        entityManager.persist(round);
        entityManager.flush();
        for (int gate = 0; gate < INPUT_GATES; gate++) {
            // Native: round_input_gate rows exist only to be locked and have no entity, so JPQL cannot insert them.
            entityManager
                    .createNativeQuery("INSERT INTO round_input_gate (round_id, gate) VALUES (?1, ?2)")
                    .setParameter(1, round.getId())
                    .setParameter(2, gate)
                    .executeUpdate();
        }
    }

    @Override
    public void flushChanges(ReviewRound round) {
        try {
            entityManager.flush();
        } catch (jakarta.persistence.OptimisticLockException concurrentChange) {
            throw new kr.go.msit.sovereignai.domain.DomainRuleViolation("round.changedMeanwhile", round.getNumber());
        }
    }

    @Override
    public void lock(ReviewRound round) {
        flushChanges(round);
        // The row lock first, then a plain refresh. A refresh with PESSIMISTIC_WRITE is locked by Hibernate in a
        // follow-on select on PostgreSQL (the round has eager collections) that also checks the version read
        // before it: a transaction waiting for the lock then failed as stale when the holder changed the round.
        entityManager
                .createNativeQuery("SELECT id FROM review_round WHERE id = ?1 FOR UPDATE")
                .setParameter(1, round.getId())
                .getResultList();
        entityManager.refresh(round);
    }
}
