package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;

/**
 * A round's citizens' panel for scoring, read from {@code citizen_panel} and {@code panel_volunteer} (V25) by two
 * small native queries: the panel's status, and the seated members' account ids through the index
 * {@code ix_panel_volunteer_seat} (ids only, no entity per member).
 */
@ApplicationScoped
public class JpaScoringPanelRepository implements ScoringPanelRepository {

    /** The seated members of a round's panel: drawn as members and not withdrawn (V25's contract). */
    static final String SEATED =
            "SELECT pv.account_id FROM panel_volunteer pv WHERE pv.round_id = ?1 AND pv.seat = 'MEMBER'"
                    + " AND pv.withdrawn_at IS NULL";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The round's panel for scoring: none for a round without a panel or with an ABANDONED one (everybody's votes
     * score); a DRAWN one scores its seated members; any other stage (VOLUNTEERING, INFEASIBLE, COMMITTED) is not
     * drawn and blocks the publication. The membership fingerprint is the SHA-256 of the sorted seated account ids.
     */
    @Override
    public Optional<ScoringPanel> ofRound(long roundId) {
        List<?> status = entityManager
                .createNativeQuery("SELECT status FROM citizen_panel WHERE round_id = ?1")
                .setParameter(1, roundId)
                .getResultList();
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String stage = String.valueOf(status.get(0)).strip();
        if ("ABANDONED".equals(stage)) {
            return Optional.empty();
        }
        boolean drawn = "DRAWN".equals(stage);
        List<Long> seated = new ArrayList<>(seatedMembers(roundId));
        Collections.sort(seated);
        return Optional.of(new ScoringPanel(drawn, seated.size(), fingerprint(seated)));
    }

    /** SHA-256 (hex) over the sorted account ids, one decimal per line: any change of seats changes it. */
    static String fingerprint(List<Long> sortedAccountIds) {
        StringBuilder text = new StringBuilder();
        sortedAccountIds.forEach(id -> text.append(id).append('\n'));
        try {
            return sortedAccountIds.size() + ":"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(text.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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
