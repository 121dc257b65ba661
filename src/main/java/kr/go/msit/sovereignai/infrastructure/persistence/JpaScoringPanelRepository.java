package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;

/**
 * A round's citizens' panel for scoring, read from {@code citizen_panel} and {@code panel_volunteer} (V25) by two
 * small native queries: the panel's status, and the seated members' count and fingerprint through the index
 * {@code ix_panel_volunteer_seat}. Nothing is loaded per member.
 */
@ApplicationScoped
public class JpaScoringPanelRepository implements ScoringPanelRepository {

    /** The seated members of a round's panel: drawn as members and not withdrawn (V25's contract). */
    static final String SEATED =
            "SELECT pv.account_id FROM panel_volunteer pv WHERE pv.round_id = ?1 AND pv.seat = 'MEMBER'"
                    + " AND pv.withdrawn_at IS NULL";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<ScoringPanel> ofRound(long roundId) {
        List<?> status = entityManager
                .createNativeQuery("SELECT status FROM citizen_panel WHERE round_id = ?1")
                .setParameter(1, roundId)
                .getResultList();
        if (status.isEmpty()) {
            return Optional.empty();
        }
        boolean drawn = "DRAWN".equals(String.valueOf(status.get(0)).strip());
        // Count, sum and a sum of squares (mod a prime) of the members' account ids: any change of seats changes it.
        Object[] seated = (Object[]) entityManager
                .createNativeQuery("SELECT COUNT(*), COALESCE(SUM(pv.account_id), 0),"
                        + " COALESCE(SUM(MOD(pv.account_id * pv.account_id, 2147483647)), 0)"
                        + " FROM panel_volunteer pv WHERE pv.round_id = ?1 AND pv.seat = 'MEMBER'"
                        + " AND pv.withdrawn_at IS NULL")
                .setParameter(1, roundId)
                .getSingleResult();
        int members = ((Number) seated[0]).intValue();
        return Optional.of(new ScoringPanel(
                drawn,
                members,
                members + ":" + ((Number) seated[1]).longValue() + ":" + ((Number) seated[2]).longValue()));
    }

    @Override
    public Set<Long> seatedMembers(long roundId) {
        Set<Long> members = new HashSet<>();
        for (Object id :
                entityManager.createNativeQuery(SEATED).setParameter(1, roundId).getResultList()) {
            members.add(((Number) id).longValue());
        }
        return members;
    }
}
