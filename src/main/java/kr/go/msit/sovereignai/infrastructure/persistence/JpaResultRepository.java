package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
