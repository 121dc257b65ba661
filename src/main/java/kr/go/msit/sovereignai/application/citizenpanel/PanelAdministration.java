package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import kr.go.msit.sovereignai.domain.account.Role;

/**
 * An administrator's part: gives a scheduled round its panel and changes it until the deadline (feasibility checked
 * at every change), changes quotas of a frozen pool that cannot meet them, enters the seed once the named draw has
 * taken place (the draw follows at once), and runs the replacement draw from the reserves. All audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PanelAdministration {

    /** Creates or changes the round's panel; returns it with the feasibility against today's volunteers. */
    public PanelViews.PanelView configure(int roundNumber, PanelViews.PanelSettings settings) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** The panel with its feasibility, for the administrator (also before anything is published). */
    public PanelViews.PanelView panel(int roundNumber) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** New quotas for a frozen pool that could not meet the old ones: computes and commits if they can be met. */
    public PanelViews.PanelView changeQuotasAfterDeadline(int roundNumber, int[][] quotas) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** Enters the winning numbers of the declared draw (once, after it took place) and draws the panel. */
    public PanelViews.PanelView enterSeed(int roundNumber, String lottoNumbers) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** Seats, for each withdrawn member, the next reserve of the same type (the published reserve order). */
    public PanelViews.PanelView replaceWithdrawnMembers(int roundNumber) {
        throw new UnsupportedOperationException("issue 23: panel");
    }
}
