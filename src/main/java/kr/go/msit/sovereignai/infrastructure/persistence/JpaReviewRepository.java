package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest_;
import kr.go.msit.sovereignai.domain.scoring.ReviewRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet_;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public void assign(long reviewerId, long roundId) {
        if (!isAssigned(reviewerId, roundId)) {
            entityManager.createNativeQuery("INSERT INTO reviewer_assignment (reviewer_id, round_id) VALUES (?1, ?2)")
                    .setParameter(1, reviewerId).setParameter(2, roundId).executeUpdate();
        }
    }

    @Override
    public boolean isAssigned(long reviewerId, long roundId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM reviewer_assignment WHERE reviewer_id = ?1 AND round_id = ?2")
                .setParameter(1, reviewerId).setParameter(2, roundId).getResultList().isEmpty();
    }

    @Override
    public Set<Long> roundsOf(long reviewerId) {
        return ids("SELECT round_id FROM reviewer_assignment WHERE reviewer_id = ?1", reviewerId);
    }

    @Override
    public Set<Long> reviewersOf(long roundId) {
        return ids("SELECT reviewer_id FROM reviewer_assignment WHERE round_id = ?1", roundId);
    }

    private Set<Long> ids(String sql, long parameter) {
        Set<Long> ids = new HashSet<>();
        for (Object id : entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    @Override
    public void store(ConflictOfInterest conflict) {
        entityManager.persist(conflict);
    }

    @Override
    public List<ConflictOfInterest> conflictsOf(long reviewerId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(ConflictOfInterest.class);
        var conflict = query.from(ConflictOfInterest.class);
        query.where(builder.equal(conflict.get(ConflictOfInterest_.reviewerId), reviewerId))
                .orderBy(builder.asc(conflict.get(ConflictOfInterest_.id)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public boolean isConflicted(long reviewerId, long teamId) {
        return conflictsOf(reviewerId).stream().anyMatch(c -> c.getTeamId() == teamId);
    }

    @Override
    public Optional<ScoreSheet> findSheet(long roundId, long reviewerId, long teamId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(ScoreSheet.class);
        var sheet = query.from(ScoreSheet.class);
        query.where(builder.equal(sheet.get(ScoreSheet_.roundId), roundId), builder.equal(sheet.get(ScoreSheet_.reviewerId), reviewerId),
                builder.equal(sheet.get(ScoreSheet_.teamId), teamId));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public Optional<ScoreSheet> findSheet(long sheetId) {
        return Optional.ofNullable(entityManager.find(ScoreSheet.class, sheetId));
    }

    @Override
    public List<ScoreSheet> sheetsOf(long roundId) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(ScoreSheet.class);
        var sheet = query.from(ScoreSheet.class);
        query.where(builder.equal(sheet.get(ScoreSheet_.roundId), roundId)).orderBy(builder.asc(sheet.get(ScoreSheet_.id)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public void store(ScoreSheet sheet) {
        try {
            if (sheet.getId() == null) {
                entityManager.persist(sheet);
            }
            entityManager.flush();
        } catch (jakarta.persistence.OptimisticLockException concurrentChange) {
            throw new kr.go.msit.sovereignai.domain.DomainRuleViolation("score.changedElsewhere");
        } catch (jakarta.persistence.PersistenceException failure) {
            if (DatabaseConstraints.violated(failure, "UK_SCORE_SHEET")) {
                throw new kr.go.msit.sovereignai.domain.DomainRuleViolation("score.changedElsewhere");
            }
            throw failure;
        }
    }

    @Override
    public void recordRefusal(String actor, String action, String detail) {
        entityManager.createNativeQuery("INSERT INTO refused_request (actor, action, detail, refused_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, actor).setParameter(2, action).setParameter(3, detail).setParameter(4, clock.instant())
                .executeUpdate();
    }
}
