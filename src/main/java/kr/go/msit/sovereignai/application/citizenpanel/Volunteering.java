package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.account.Role;

/** A verified citizen volunteers for a round's panel before its deadline, sees their entry, and may withdraw. */
@Stateless
@RolesAllowed(Role.CITIZEN_NAME)
public class Volunteering {

    public PanelViews.VolunteerView volunteer(int roundNumber, PanelViews.VolunteerForm form) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** Before the deadline the entry leaves the pool; after the draw a member's seat is left empty (panel shrinks). */
    public void withdraw(int roundNumber) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    public Optional<PanelViews.VolunteerView> mine(int roundNumber) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** What the form will take from the verified identity (sex, birth year), or empty fields where it has none. */
    public PanelViews.VolunteerForm verifiedDefaults() {
        throw new UnsupportedOperationException("issue 23: panel");
    }
}
