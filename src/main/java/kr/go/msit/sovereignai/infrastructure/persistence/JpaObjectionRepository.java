package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;

@ApplicationScoped
public class JpaObjectionRepository implements ObjectionRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Objection> ofRound(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT o FROM Objection o WHERE o.roundId = :round ORDER BY o.filedAt, o.id", Objection.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<Objection> find(long id) {
        return Optional.ofNullable(entityManager.find(Objection.class, id));
    }

    @Override
    public void store(Objection objection) {
        entityManager.persist(objection);
    }

    @Override
    public void storeWaiver(long roundId, ObjectionWaiver waiver) {
        entityManager.persist(new ObjectionWaiverRow(roundId, waiver));
        entityManager.flush();
    }

    @Override
    public List<ObjectionWaiver> waivers(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT w FROM ObjectionWaiverRow w WHERE w.roundId = :round ORDER BY w.waivedAt, w.teamId",
                        ObjectionWaiverRow.class)
                .setParameter("round", roundId)
                .getResultStream()
                .map(ObjectionWaiverRow::waiver)
                .toList();
    }
}
