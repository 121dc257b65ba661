package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.programme.Programme_;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Programme> find() {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Programme.class);
        var programme = query.from(Programme.class);
        query.orderBy(builder.asc(programme.get(Programme_.id)));
        return entityManager
                .createQuery(query)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Programme programme) {
        entityManager.persist(programme);
    }
}
