package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkEntry;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.PublishedResultLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;

@ApplicationScoped
public class JpaResultRepository implements ResultRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void storeBenchmark(long roundId, long teamId, List<BenchmarkEntry> entries, String enteredBy, Instant enteredAt) {
        entityManager.createNativeQuery("DELETE FROM benchmark_result WHERE round_id = ?1 AND team_id = ?2")
                .setParameter(1, roundId).setParameter(2, teamId).executeUpdate();
        for (int position = 0; position < entries.size(); position++) {
            BenchmarkEntry entry = entries.get(position);
            entityManager.createNativeQuery("INSERT INTO benchmark_result (round_id, team_id, part_position, label_ko, label_en, "
                    + "max_points, achievement_rate, points, entered_by, entered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                    .setParameter(1, roundId).setParameter(2, teamId).setParameter(3, position)
                    .setParameter(4, entry.part().label().ko()).setParameter(5, entry.part().label().en())
                    .setParameter(6, entry.part().maxPoints()).setParameter(7, entry.achievementRate())
                    .setParameter(8, entry.points()).setParameter(9, enteredBy).setParameter(10, enteredAt)
                    .executeUpdate();
        }
    }

    @Override
    public Map<Long, List<BenchmarkEntry>> benchmarks(long roundId) {
        Map<Long, List<BenchmarkEntry>> byTeam = new LinkedHashMap<>();
        rows("SELECT team_id, label_ko, label_en, max_points, achievement_rate, points FROM benchmark_result "
                + "WHERE round_id = ?1 ORDER BY team_id, part_position", roundId)
                .forEach(row -> byTeam.computeIfAbsent(((Number) row[0]).longValue(), t -> new ArrayList<>())
                        .add(new BenchmarkEntry(new BenchmarkPart(LocalizedText.of((String) row[1], (String) row[2]), (BigDecimal) row[3]),
                                (BigDecimal) row[4], (BigDecimal) row[5])));
        return byTeam;
    }

    @Override
    public void store(long roundId, EligibilityDecision decision) {
        entityManager.createNativeQuery("DELETE FROM eligibility_decision WHERE round_id = ?1 AND team_id = ?2")
                .setParameter(1, roundId).setParameter(2, decision.teamId()).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO eligibility_decision (round_id, team_id, eligible, rationale, decided_by, decided_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, roundId).setParameter(2, decision.teamId()).setParameter(3, decision.eligible())
                .setParameter(4, decision.rationale()).setParameter(5, decision.decidedBy()).setParameter(6, decision.decidedAt())
                .executeUpdate();
    }

    @Override
    public Map<Long, EligibilityDecision> eligibility(long roundId) {
        Map<Long, EligibilityDecision> byTeam = new LinkedHashMap<>();
        rows("SELECT team_id, eligible, rationale, decided_by, decided_at FROM eligibility_decision WHERE round_id = ?1", roundId)
                .forEach(row -> {
                    long team = ((Number) row[0]).longValue();
                    byTeam.put(team, new EligibilityDecision(team, (Boolean) row[1], (String) row[2], (String) row[3], instant(row[4])));
                });
        return byTeam;
    }

    @Override
    public void storePublished(long roundId, List<PublishedLine> lines) {
        lines.forEach(line -> entityManager.persist(new PublishedResultLine(roundId, line)));
        entityManager.flush();
    }

    @Override
    public List<PublishedLine> published(long roundId) {
        // Ranked teams first by rank, then the disqualified (no rank) by points.
        return entityManager.createQuery("SELECT p FROM PublishedResultLine p WHERE p.roundId = :round "
                        + "ORDER BY CASE WHEN p.rank IS NULL THEN 1 ELSE 0 END, p.rank, p.total DESC, p.teamId", PublishedResultLine.class)
                .setParameter("round", roundId).getResultStream().map(PublishedResultLine::line).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long roundId) {
        return entityManager.createNativeQuery(sql).setParameter(1, roundId).getResultList();
    }

    /** Drivers hand timestamps with time zone back as different types. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
