package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.citizenpanel.AlreadyVolunteered;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelVolunteer;

@ApplicationScoped
public class JpaCitizenPanelRepository implements CitizenPanelRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<CitizenPanel> findByRound(long roundId) {
        return entityManager
                .createQuery("SELECT p FROM CitizenPanel p WHERE p.roundId = :round", CitizenPanel.class)
                .setParameter("round", roundId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CitizenPanel> lockByRound(long roundId) {
        // The row lock first (native FOR UPDATE), then a plain read or refresh of what is committed now.
        List<?> locked = entityManager
                .createNativeQuery("SELECT id FROM citizen_panel WHERE round_id = ?1 FOR UPDATE")
                .setParameter(1, roundId)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Optional<CitizenPanel> panel = findByRound(roundId);
        panel.ifPresent(entityManager::refresh);
        return panel;
    }

    @Override
    public List<CitizenPanel> findAll() {
        return entityManager
                .createQuery("SELECT p FROM CitizenPanel p ORDER BY p.roundId", CitizenPanel.class)
                .getResultList();
    }

    @Override
    public void store(CitizenPanel panel) {
        entityManager.persist(panel);
        entityManager.flush();
    }

    @Override
    public Optional<PanelVolunteer> volunteerOf(long panelId, long accountId) {
        return entityManager
                .createQuery(
                        "SELECT v FROM PanelVolunteer v WHERE v.panelId = :panel AND v.accountId = :account",
                        PanelVolunteer.class)
                .setParameter("panel", panelId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean hasPerson(long panelId, String personKey) {
        return !entityManager
                .createQuery(
                        "SELECT v.id FROM PanelVolunteer v WHERE v.panelId = :panel AND v.personKey = :person",
                        Long.class)
                .setParameter("panel", panelId)
                .setParameter("person", personKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean pseudonymTaken(long panelId, String pseudonym) {
        return volunteerByPseudonym(panelId, pseudonym).isPresent();
    }

    @Override
    public Optional<PanelVolunteer> volunteerByPseudonym(long panelId, String pseudonym) {
        return entityManager
                .createQuery(
                        "SELECT v FROM PanelVolunteer v WHERE v.panelId = :panel AND v.pseudonym = :pseudonym",
                        PanelVolunteer.class)
                .setParameter("panel", panelId)
                .setParameter("pseudonym", pseudonym)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void storeVolunteer(PanelVolunteer volunteer, int roundNumber) {
        try {
            entityManager.persist(volunteer);
            entityManager.flush();
        } catch (PersistenceException failure) {
            if (DatabaseConstraints.violated(failure, "UK_PANEL_VOLUNTEER_PERSON")
                    || DatabaseConstraints.violated(failure, "UK_PANEL_VOLUNTEER_ACCOUNT")) {
                throw new AlreadyVolunteered(roundNumber);
            }
            throw failure;
        }
    }

    @Override
    public List<FeatureCount> activeCounts(long panelId) {
        return counts(panelId, "v.withdrawnAt IS NULL");
    }

    @Override
    public List<FeatureCount> poolCounts(long panelId) {
        return counts(panelId, "v.inPool = TRUE");
    }

    private List<FeatureCount> counts(long panelId, String condition) {
        return entityManager
                .createQuery(
                        "SELECT new kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository$FeatureCount("
                                + "v.sex, v.birthYear, v.province, v.proficiency, COUNT(v))"
                                + " FROM PanelVolunteer v WHERE v.panelId = :panel AND " + condition
                                + " GROUP BY v.sex, v.birthYear, v.province, v.proficiency",
                        FeatureCount.class)
                .setParameter("panel", panelId)
                .getResultList();
    }

    @Override
    public int freezePool(long panelId) {
        entityManager.flush();
        int frozen = entityManager
                .createQuery("UPDATE PanelVolunteer v SET v.inPool = TRUE, v.version = v.version + 1"
                        + " WHERE v.panelId = :panel AND v.withdrawnAt IS NULL")
                .setParameter("panel", panelId)
                .executeUpdate();
        // Nothing of the panel's volunteers is loaded in this transaction before the freeze, so nothing is stale.
        return frozen;
    }

    @Override
    public List<PanelVolunteer> pool(long panelId) {
        return entityManager
                .createQuery(
                        "SELECT v FROM PanelVolunteer v WHERE v.panelId = :panel AND v.inPool = TRUE"
                                + " ORDER BY v.pseudonym",
                        PanelVolunteer.class)
                .setParameter("panel", panelId)
                .getResultList();
    }

    @Override
    public List<PanelVolunteer> seated(long panelId) {
        return entityManager
                .createQuery(
                        "SELECT v FROM PanelVolunteer v WHERE v.panelId = :panel AND v.seat IS NOT NULL"
                                + " ORDER BY v.seatRank",
                        PanelVolunteer.class)
                .setParameter("panel", panelId)
                .getResultList();
    }

    @Override
    public long activeVolunteers(long panelId) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(v) FROM PanelVolunteer v WHERE v.panelId = :panel AND v.withdrawnAt IS NULL",
                        Long.class)
                .setParameter("panel", panelId)
                .getSingleResult();
    }
}
