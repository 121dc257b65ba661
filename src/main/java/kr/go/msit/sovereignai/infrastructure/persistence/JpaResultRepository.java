package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;
import kr.go.msit.sovereignai.domain.tally.RoundTeamKey;

@ApplicationScoped
public class JpaResultRepository implements ResultRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void store(long roundId, EligibilityDecision decision) {
        EligibilityDecisionRow row =
                entityManager.find(EligibilityDecisionRow.class, new RoundTeamKey(roundId, decision.teamId()));
        if (row == null) {
            // Filled before persist: the insert takes the row's state at persist time.
            entityManager.persist(new EligibilityDecisionRow(roundId, decision.teamId()).decide(decision));
        } else {
            row.decide(decision);
        }
        entityManager.flush();
    }

    @Override
    public Map<Long, EligibilityDecision> eligibility(long roundId) {
        Map<Long, EligibilityDecision> byTeam = new LinkedHashMap<>();
        entityManager
                .createQuery(
                        "SELECT e FROM EligibilityDecisionRow e WHERE e.roundId = :round ORDER BY e.teamId",
                        EligibilityDecisionRow.class)
                .setParameter("round", roundId)
                .getResultList()
                .forEach(row -> byTeam.put(row.teamId(), row.decision()));
        return byTeam;
    }

    @Override
    public void storePublished(long roundId, ResultVersion version, List<PublishedLine> lines) {
        entityManager.persist(new ResultVersionRow(roundId, version));
        for (PublishedLine line : lines) {
            entityManager.persist(new PublishedResultRow(roundId, version.version(), line));
            for (int position = 0; position < line.benchmarks().size(); position++) {
                entityManager.persist(new PublishedBenchmarkRow(
                        roundId,
                        version.version(),
                        line.result().teamId(),
                        position,
                        line.benchmarks().get(position)));
            }
        }
        entityManager.flush();
    }

    @Override
    public List<PublishedLine> published(long roundId) {
        return entityManager
                .createQuery("SELECT MAX(v.version) FROM ResultVersionRow v WHERE v.roundId = :round", Integer.class)
                .setParameter("round", roundId)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(latest -> published(roundId, latest))
                .orElse(List.of());
    }

    @Override
    public List<PublishedLine> published(long roundId, int version) {
        // Ranked teams first by rank, then the disqualified (no rank) by points.
        Map<Long, List<BenchmarkFigure>> figures = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT b FROM PublishedBenchmarkRow b WHERE b.roundId = :round AND b.resultVersion = :version "
                                + "ORDER BY b.teamId, b.position",
                        PublishedBenchmarkRow.class)
                .setParameter("round", roundId)
                .setParameter("version", version)
                .getResultStream()
                .forEach(row -> figures.computeIfAbsent(row.teamId(), team -> new ArrayList<>())
                        .add(row.figure()));
        return entityManager
                .createQuery(
                        "SELECT p FROM PublishedResultRow p WHERE p.roundId = :round AND p.resultVersion = :version "
                                + "ORDER BY CASE WHEN p.rank IS NULL THEN 1 ELSE 0 END, p.rank, p.total DESC, p.teamId",
                        PublishedResultRow.class)
                .setParameter("round", roundId)
                .setParameter("version", version)
                .getResultStream()
                .map(row -> {
                    PublishedLine line = row.line();
                    return new PublishedLine(
                            line.teamName(), line.result(), figures.getOrDefault(row.teamId(), List.of()));
                })
                .toList();
    }

    @Override
    public List<ResultVersion> versions(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT v FROM ResultVersionRow v WHERE v.roundId = :round ORDER BY v.version",
                        ResultVersionRow.class)
                .setParameter("round", roundId)
                .getResultStream()
                .map(ResultVersionRow::version)
                .toList();
    }
}
