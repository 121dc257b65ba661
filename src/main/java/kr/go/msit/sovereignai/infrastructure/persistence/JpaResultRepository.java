package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkEntry;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.PublishedResultLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;
import kr.go.msit.sovereignai.domain.tally.RoundTeamKey;

@ApplicationScoped
public class JpaResultRepository implements ResultRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void storeBenchmark(long roundId, long teamId, List<BenchmarkEntry> entries, String enteredBy, Instant enteredAt) {
        // The team's rows are rewritten in place: same part positions updated, new ones added, extra ones removed.
        Map<Integer, BenchmarkResultRow> stored = new HashMap<>();
        entityManager.createQuery("SELECT b FROM BenchmarkResultRow b WHERE b.roundId = :round AND b.teamId = :team", BenchmarkResultRow.class)
                .setParameter("round", roundId).setParameter("team", teamId).getResultList()
                .forEach(row -> stored.put(row.position(), row));
        for (int position = 0; position < entries.size(); position++) {
            BenchmarkResultRow row = stored.remove(position);
            if (row == null) {
                // Filled before persist: the insert takes the row's state at persist time.
                entityManager.persist(new BenchmarkResultRow(roundId, teamId, position).enter(entries.get(position), enteredBy, enteredAt));
            } else {
                row.enter(entries.get(position), enteredBy, enteredAt);
            }
        }
        stored.values().forEach(entityManager::remove);
        entityManager.flush();
    }

    @Override
    public Map<Long, List<BenchmarkEntry>> benchmarks(long roundId) {
        Map<Long, List<BenchmarkEntry>> byTeam = new LinkedHashMap<>();
        entityManager.createQuery("SELECT b FROM BenchmarkResultRow b WHERE b.roundId = :round ORDER BY b.teamId, b.position", BenchmarkResultRow.class)
                .setParameter("round", roundId).getResultList()
                .forEach(row -> byTeam.computeIfAbsent(row.teamId(), t -> new ArrayList<>()).add(row.entry()));
        return byTeam;
    }

    @Override
    public void store(long roundId, EligibilityDecision decision) {
        EligibilityDecisionRow row = entityManager.find(EligibilityDecisionRow.class, new RoundTeamKey(roundId, decision.teamId()));
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
        entityManager.createQuery("SELECT e FROM EligibilityDecisionRow e WHERE e.roundId = :round ORDER BY e.teamId", EligibilityDecisionRow.class)
                .setParameter("round", roundId).getResultList()
                .forEach(row -> byTeam.put(row.teamId(), row.decision()));
        return byTeam;
    }

    @Override
    public void storePublished(long roundId, ResultVersion version, List<PublishedLine> lines) {
        entityManager.persist(new ResultVersionRow(roundId, version));
        lines.forEach(line -> entityManager.persist(new PublishedResultLine(roundId, version.version(), line)));
        entityManager.flush();
    }

    @Override
    public List<PublishedLine> published(long roundId) {
        return entityManager.createQuery("SELECT MAX(v.version) FROM ResultVersionRow v WHERE v.roundId = :round", Integer.class)
                .setParameter("round", roundId).getResultStream().filter(java.util.Objects::nonNull).findFirst()
                .map(latest -> published(roundId, latest)).orElse(List.of());
    }

    @Override
    public List<PublishedLine> published(long roundId, int version) {
        // Ranked teams first by rank, then the disqualified (no rank) by points.
        return entityManager.createQuery("SELECT p FROM PublishedResultLine p WHERE p.roundId = :round AND p.resultVersion = :version "
                        + "ORDER BY CASE WHEN p.rank IS NULL THEN 1 ELSE 0 END, p.rank, p.total DESC, p.teamId", PublishedResultLine.class)
                .setParameter("round", roundId).setParameter("version", version).getResultStream().map(PublishedResultLine::line).toList();
    }

    @Override
    public List<ResultVersion> versions(long roundId) {
        return entityManager.createQuery("SELECT v FROM ResultVersionRow v WHERE v.roundId = :round ORDER BY v.version", ResultVersionRow.class)
                .setParameter("round", roundId).getResultStream().map(ResultVersionRow::version).toList();
    }
}
