package kr.go.msit.sovereignai.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read-outs for the fault-injection test (test archives only): what is stored after a restart,
 * citizen by citizen, and which review timers the timer store holds, counting duplicates.
 */
@Stateless
@PermitAll
public class FaultProbe {

    /** The info the platform's review timers carry, followed by the round number (see EjbReviewTimers). */
    static final String TIMER_INFO_PREFIX = "review-round:";

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    TimerService timerService;

    @Inject
    TestSupport support;

    /** Each citizen's stored ballot in the round, by email: {receipt, revision}. */
    public Map<String, StoredBallot> storedBallots(int number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT a.email, b.receipt, b.revision FROM ballot b JOIN account a ON a.id = b.citizen_id "
                        + "JOIN review_round r ON r.id = b.round_id WHERE r.round_number = ?1")
                .setParameter(1, number).getResultList();
        Map<String, StoredBallot> byEmail = new TreeMap<>();
        for (Object[] row : rows) {
            byEmail.put((String) row[0], new StoredBallot((String) row[1], ((Number) row[2]).intValue()));
        }
        return byEmail;
    }

    public record StoredBallot(String receipt, int revision) implements Serializable {
    }

    /**
     * How many review timers the timer store holds per round, duplicates counted (the timers of
     * every bean in the module, so EjbReviewTimers' own, which carry the round's number).
     */
    public Map<Integer, Integer> timersPerRound() {
        Map<Integer, Integer> count = new TreeMap<>();
        for (Timer timer : timerService.getAllTimers()) {
            try {
                Serializable info = timer.getInfo();
                if (info instanceof String text && text.startsWith(TIMER_INFO_PREFIX)) {
                    count.merge(Integer.parseInt(text.substring(TIMER_INFO_PREFIX.length())), 1, Integer::sum);
                }
            } catch (EJBException gone) {
                // fired or cancelled while being read: no longer in the store
            }
        }
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
