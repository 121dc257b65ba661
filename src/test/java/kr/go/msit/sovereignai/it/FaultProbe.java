package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.go.msit.sovereignai.infrastructure.time.EjbReviewTimers;

/**
 * Read-outs for the fault-injection test (test archives only): what is stored after a restart,
 * citizen by citizen, and which review timers the timer store holds, counting duplicates.
 */
@Stateless
@PermitAll
public class FaultProbe {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EjbReviewTimers timers;

    @Inject
    TestSupport support;

    /** Each citizen's stored ballot in the round, by email: {receipt, revision}. */
    public Map<String, StoredBallot> storedBallots(int number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT a.email, b.receipt, b.revision FROM ballot b JOIN account a ON a.id = b.citizen_id "
                                + "JOIN review_round r ON r.id = b.round_id WHERE r.round_number = ?1")
                .setParameter(1, number)
                .getResultList();
        Map<String, StoredBallot> byEmail = new TreeMap<>();
        for (Object[] row : rows) {
            byEmail.put((String) row[0], new StoredBallot((String) row[1], ((Number) row[2]).intValue()));
        }
        return byEmail;
    }

    public record StoredBallot(String receipt, int revision) implements Serializable {}

    /** How many review timers the timer store holds per round, duplicates counted. */
    public Map<Integer, Integer> timersPerRound() {
        Map<Integer, Integer> count = new TreeMap<>();
        timers.timersByRound().forEach((number, instants) -> count.put(number, instants.size()));
        return count;
    }

    /** A round opened now by the schedule (the previous round published first), with its persistent timer for {@code closesAt}. */
    public int scheduleRoundClosingAt(Instant closesAt) {
        return support.scheduleRoundAfterPublished(Instant.now().minus(Duration.ofMinutes(1)), closesAt);
    }

    public String status(int number) {
        return support.statusOf(number).name();
    }

    public long auditEntries(int number, String action) {
        return support.auditEntries(number, action);
    }
}
