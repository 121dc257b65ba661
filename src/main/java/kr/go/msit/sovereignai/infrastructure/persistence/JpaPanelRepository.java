package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest_;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet_;

@ApplicationScoped
public class JpaPanelRepository implements PanelRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void assign(long reviewerId, long roundId) {
        if (!isAssigned(reviewerId, roundId)) {
            entityManager.persist(new ReviewerAssignment(reviewerId, roundId));
            entityManager.flush();
        }
    }

    @Override
    public void unassign(long reviewerId, long roundId) {
        ReviewerAssignment assignment =
                entityManager.find(ReviewerAssignment.class, new ReviewerAssignment.Key(reviewerId, roundId));
        if (assignment != null) {
            entityManager.remove(assignment);
        }
    }

    @Override
    public boolean isAssigned(long reviewerId, long roundId) {
        return entityManager.find(ReviewerAssignment.class, new ReviewerAssignment.Key(reviewerId, roundId)) != null;
    }

    @Override
    public Set<Long> roundsOf(long reviewerId) {
        return ids("SELECT a.roundId FROM ReviewerAssignment a WHERE a.reviewerId = :id", reviewerId);
    }

    @Override
    public Set<Long> reviewersOf(long roundId) {
        return ids("SELECT a.reviewerId FROM ReviewerAssignment a WHERE a.roundId = :id", roundId);
    }

    private Set<Long> ids(String jpql, long id) {
        return new HashSet<>(entityManager
                .createQuery(jpql, Long.class)
                .setParameter("id", id)
                .getResultList());
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
        query.where(
                builder.equal(sheet.get(ScoreSheet_.roundId), roundId),
                builder.equal(sheet.get(ScoreSheet_.reviewerId), reviewerId),
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
        query.where(builder.equal(sheet.get(ScoreSheet_.roundId), roundId))
                .orderBy(builder.asc(sheet.get(ScoreSheet_.id)));
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
}
