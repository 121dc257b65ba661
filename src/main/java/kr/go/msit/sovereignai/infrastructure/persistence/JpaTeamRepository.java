package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;
import kr.go.msit.sovereignai.domain.team.TeamStatus;
import kr.go.msit.sovereignai.domain.team.Team_;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Team> findAll() {
        return query(List.of(TeamStatus.values()));
    }

    @Override
    public List<Team> findInTheRace() {
        return query(List.of(TeamStatus.ACTIVE, TeamStatus.FINALIST));
    }

    private List<Team> query(List<TeamStatus> statuses) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Team.class);
        var team = query.from(Team.class);
        query.where(team.get(Team_.status).in(statuses))
                .orderBy(builder.asc(team.get(Team_.joinedRoundNumber)), builder.asc(team.get(Team_.id)));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public Optional<Team> find(long id) {
        return Optional.ofNullable(entityManager.find(Team.class, id));
    }

    @Override
    public Optional<Team> findByCode(String code) {
        var builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Team.class);
        var team = query.from(Team.class);
        query.where(builder.equal(team.get(Team_.code), code));
        return entityManager.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public void store(Team team) {
        entityManager.persist(team);
    }
}
