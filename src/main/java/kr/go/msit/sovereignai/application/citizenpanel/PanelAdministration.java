package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotConfigurable;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotFound;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsRule;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.sortition.Quotas;

/**
 * An administrator's part: gives a scheduled round its panel and changes it until the deadline (feasibility checked
 * at every change), changes quotas of a frozen pool that cannot meet them, enters the seed once the named draw has
 * taken place (the draw follows at once), and runs the replacement draw from the reserves. All audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PanelAdministration {

    private final ReviewRoundRepository rounds;
    private final CitizenPanelRepository panels;
    private final PanelTimers timers;
    private final Event<StateChange> changes;
    private final Clock clock;

    @Inject
    public PanelAdministration(
            ReviewRoundRepository rounds,
            CitizenPanelRepository panels,
            PanelTimers timers,
            Event<StateChange> changes,
            Clock clock) {
        this.rounds = rounds;
        this.panels = panels;
        this.timers = timers;
        this.changes = changes;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected PanelAdministration() {
        this(null, null, null, null, null);
    }

    /**
     * Creates or changes the round's panel; returns it with the feasibility against today's volunteers. Only while
     * the round is yet to open and before the deadline ({@code PanelNotConfigurable}); settings out of their rules
     * are refused with {@code PanelSettingsInvalid} and change nothing.
     */
    public PanelViews.PanelView configure(int roundNumber, PanelViews.PanelSettings settings) {
        ReviewRound round = rounds.require(roundNumber);
        Instant now = clock.instant();
        if (!round.isYetToOpen(now)) {
            throw new PanelNotConfigurable(roundNumber);
        }
        PanelSettingsRule.Checked checked = PanelSettingsRule.check(
                PanelReading.SPACE,
                settings.panelSize(),
                settings.quotas(),
                settings.volunteeringDeadline(),
                settings.drawAt(),
                settings.lottoDrawNumber(),
                now,
                round.timeline().window().closesAt());
        var existing = panels.lockByRound(round.getId());
        String before = existing.map(CitizenPanel::describe).orElse(null);
        CitizenPanel panel;
        if (existing.isPresent()) {
            panel = existing.get();
            panel.reconfigure(roundNumber, checked, now);
        } else {
            panel = new CitizenPanel(round.getId(), checked);
            panels.store(panel);
        }
        timers.align(roundNumber, panel.getVolunteeringDeadline());
        changes.fire(new StateChange(AuditAction.PANEL_CONFIGURED, subject(roundNumber), before, panel.describe()));
        return PanelReading.view(roundNumber, panel, panels);
    }

    /**
     * What the configuration form starts from for a round without a panel (or its panel's settings): the ministry's
     * plan (500; sex, region, age bands, proficiency), the deadline a week before the round opens (or a day from
     * now), the draw three days after the deadline, and no 로또 draw number yet (0: the administrator names it).
     */
    public PanelViews.PanelSettings defaultSettings(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        var existing = panels.findByRound(round.getId());
        if (existing.isPresent()) {
            return PanelReading.settings(existing.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant deadline = round.timeline().window().opensAt().minus(Duration.ofDays(7));
        if (!deadline.isAfter(now)) {
            deadline = now.plus(Duration.ofDays(1));
        }
        Quotas plan = Quotas.ministryPlan();
        return new PanelViews.PanelSettings(
                plan.panelSize(), plan.perValue(), deadline, 0, deadline.plus(Duration.ofDays(3)));
    }

    /** The panel with its feasibility, for the administrator (also before anything is published). */
    public PanelViews.PanelView panel(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        CitizenPanel panel = panels.findByRound(round.getId()).orElseThrow(() -> new PanelNotFound(roundNumber));
        return PanelReading.view(roundNumber, panel, panels);
    }

    static String subject(int roundNumber) {
        return "review " + roundNumber + " panel";
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
