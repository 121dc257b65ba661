package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/** Test support for {@link CitizenPanelEdgesIT}: gives a panel inserted by {@link PanelScoringSupport} real quotas. */
@Stateless
@PermitAll
public class PanelEdgesSupport {

    @Inject
    ReviewRoundRepository rounds;

    @PersistenceContext
    EntityManager entityManager;

    /** One member (a woman of the capital region, 19-29, low proficiency): settings the panel's views can read. */
    public void oneMemberQuotas(int number) {
        entityManager
                .createNativeQuery("UPDATE citizen_panel SET panel_size = 1, quotas = '1,0;1,0;1,0,0,0,0;1,0,0'"
                        + " WHERE round_id = ?1")
                .setParameter(1, rounds.findByNumber(number).orElseThrow().getId())
                .executeUpdate();
    }
}
