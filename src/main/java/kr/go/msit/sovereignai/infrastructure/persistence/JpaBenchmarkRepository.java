package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkTargetOverride;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;

@ApplicationScoped
public class JpaBenchmarkRepository implements BenchmarkRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<TeamBenchmark> ofRound(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT b FROM TeamBenchmarkRow b WHERE b.roundId = :round ORDER BY b.teamId, b.part, b.position",
                        TeamBenchmarkRow.class)
                .setParameter("round", roundId)
                .getResultStream()
                .map(TeamBenchmarkRow::benchmark)
                .toList();
    }

    @Override
    public void store(long roundId, TeamBenchmark benchmark, String changedBy, Instant changedAt) {
        TeamBenchmarkRow row = entityManager.find(
                TeamBenchmarkRow.class, new TeamBenchmarkRow.Key(roundId, benchmark.teamId(), benchmark.slot()));
        if (row == null) {
            // Filled before persist: the insert takes the row's state at persist time.
            entityManager.persist(new TeamBenchmarkRow(roundId, benchmark.teamId(), benchmark.slot())
                    .enter(benchmark, changedBy, changedAt));
        } else {
            row.enter(benchmark, changedBy, changedAt);
        }
        entityManager.flush();
    }

    @Override
    public void keep(long roundId, BenchmarkTargetOverride override) {
        entityManager.persist(new BenchmarkTargetOverrideRow(roundId, override));
        entityManager.flush();
    }

    @Override
    public List<BenchmarkTargetOverride> overrides(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT o FROM BenchmarkTargetOverrideRow o WHERE o.roundId = :round ORDER BY o.changedAt, o.id",
                        BenchmarkTargetOverrideRow.class)
                .setParameter("round", roundId)
                .getResultStream()
                .map(BenchmarkTargetOverrideRow::override)
                .toList();
    }
}
