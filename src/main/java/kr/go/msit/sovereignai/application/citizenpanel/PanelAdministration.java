package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.go.msit.sovereignai.application.accounts.AccountMail;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotConfigurable;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotDrawn;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotFound;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsRule;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettled;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelStatus;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.QuotasInfeasible;
import kr.go.msit.sovereignai.domain.citizenpanel.Seat;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedMalformed;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedNotAwaited;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.sortition.DrawCommitment;
import kr.go.msit.sovereignai.domain.sortition.DrawnPanel;
import kr.go.msit.sovereignai.domain.sortition.InfeasibleQuotas;
import kr.go.msit.sovereignai.domain.sortition.LotteryTable;
import kr.go.msit.sovereignai.domain.sortition.LottoNumbers;
import kr.go.msit.sovereignai.domain.sortition.PanelDraw;
import kr.go.msit.sovereignai.domain.sortition.PoolEntry;
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
    private final PanelFreezeSteps steps;
    private final AccountRepository accounts;
    private final AccountMail mail;

    @Inject
    public PanelAdministration(
            ReviewRoundRepository rounds,
            CitizenPanelRepository panels,
            PanelTimers timers,
            Event<StateChange> changes,
            Clock clock,
            PanelFreezeSteps steps,
            AccountRepository accounts,
            AccountMail mail) {
        this.rounds = rounds;
        this.panels = panels;
        this.timers = timers;
        this.changes = changes;
        this.clock = clock;
        this.steps = steps;
        this.accounts = accounts;
        this.mail = mail;
    }

    /** For the container's proxies only. */
    protected PanelAdministration() {
        this(null, null, null, null, null, null, null, null);
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
            // Age bands are counted in the Korean year of the deadline: moving it to another year with volunteers
            // in could make one of them too young (or change their band) after they volunteered.
            int year = yearOf(panel.getVolunteeringDeadline());
            if (year != yearOf(checked.volunteeringDeadline()) && panels.activeVolunteers(panel.getId()) > 0) {
                throw new PanelSettingsInvalid(
                        PanelSettingsInvalid.Field.DEADLINE, "panel.settings.deadlineYear", String.valueOf(year));
            }
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

    /**
     * New quotas for a frozen pool that could not meet the old ones: checked ({@code PanelSettingsInvalid},
     * {@code QuotasInfeasible} with the conflicts; nothing changes then), the lottery computed outside a transaction,
     * then the quotas stored and the lottery committed together (audited).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PanelViews.PanelView changeQuotasAfterDeadline(int roundNumber, int[][] quotas) {
        PanelLottery.Input input = steps.prepareQuotaChange(roundNumber, quotas);
        PanelLottery.Result result;
        try {
            result = PanelLottery.compute(input);
        } catch (InfeasibleQuotas infeasible) {
            throw new QuotasInfeasible(
                    roundNumber,
                    PanelReading.conflictLines(infeasible.feasibility()).stream()
                            .map(PanelReading::describe)
                            .toList());
        }
        steps.commitQuotaChange(roundNumber, input, result);
        return steps.view(roundNumber);
    }

    /**
     * Enters the winning numbers of the declared draw (once, after it took place) and draws the panel: only a
     * committed panel ({@code SeedNotAwaited}), not before the draw date ({@code SeedBeforeDraw}), once
     * ({@code SeedAlreadyEntered}), in the right form ({@code SeedMalformed}). Each pool member gets their seat and
     * rank in their type's order; members are mailed. Audited.
     */
    public PanelViews.PanelView enterSeed(int roundNumber, String lottoNumbers) {
        ReviewRound round = rounds.require(roundNumber);
        CitizenPanel panel = panels.lockByRound(round.getId()).orElseThrow(() -> new PanelNotFound(roundNumber));
        Instant now = clock.instant();
        if (round.isCancelled()) {
            throw new SeedNotAwaited(roundNumber);
        }
        panel.requireSeedAcceptedAt(roundNumber, now);
        LottoNumbers numbers;
        try {
            numbers = LottoNumbers.parse(lottoNumbers == null ? "" : lottoNumbers);
        } catch (IllegalArgumentException malformed) {
            throw new SeedMalformed(malformed.getMessage());
        }
        byte[] seed = DrawCommitment.seed(panel.commitment().orElseThrow(), numbers);
        List<PanelVolunteer> pool = panels.pool(panel.getId());
        List<PoolEntry> entries = PanelFiles.poolEntries(panel, pool);
        String storedTable = panel.lotteryTable().orElseThrow();
        LotteryTable table =
                PanelFiles.parseTable(PanelReading.quotas(panel), PanelFiles.typePool(entries), storedTable);
        if (!table.toCsv().equals(storedTable)) {
            throw new IllegalStateException("the stored lottery table does not read back as committed");
        }
        DrawnPanel drawn = PanelDraw.draw(table, seed, entries);
        Map<String, Integer> rankOf = new HashMap<>();
        Map<Integer, Integer> nextRank = new HashMap<>();
        Set<String> members = new HashSet<>();
        for (PoolEntry member : drawn.members()) {
            rankOf.put(member.pseudonym(), nextRank.merge(member.type(), 1, Integer::sum));
            members.add(member.pseudonym());
        }
        for (PoolEntry reserve : drawn.reserves()) {
            rankOf.put(reserve.pseudonym(), nextRank.merge(reserve.type(), 1, Integer::sum));
        }
        for (PanelVolunteer volunteer : pool) {
            Integer rank = rankOf.get(volunteer.getPseudonym());
            if (rank != null) {
                volunteer.seat(members.contains(volunteer.getPseudonym()) ? Seat.MEMBER : Seat.RESERVE, rank);
            }
        }
        String before = panel.describe();
        panel.drawn(roundNumber, numbers.canonical(), HexFormat.of().formatHex(seed), drawn.ticket(), drawn.row(), now);
        changes.fire(new StateChange(
                AuditAction.PANEL_DRAWN,
                subject(roundNumber),
                before,
                "numbers " + numbers.canonical() + " seed " + HexFormat.of().formatHex(seed) + " ticket "
                        + drawn.ticket() + " row " + drawn.row() + " members "
                        + drawn.members().size()));
        pool.stream().filter(PanelVolunteer::isSeatedMember).forEach(v -> mailSeat(roundNumber, v));
        return PanelReading.view(roundNumber, panel, panels);
    }

    private void mailSeat(int roundNumber, PanelVolunteer member) {
        accounts.find(member.getAccountId())
                .ifPresent(account -> mail.sendPanelSeat(account.getEmail(), roundNumber, member.getPseudonym()));
    }

    /**
     * Seats, for each withdrawn member, the next reserve of the same type (the published reserve order, no new
     * randomness): in each type, as many of its first reserves not withdrawn as the drawn row gave the type, less its
     * members still seated. {@code PanelNotDrawn} before the draw. Audited; the new members are mailed.
     */
    public PanelViews.PanelView replaceWithdrawnMembers(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        CitizenPanel panel = panels.lockByRound(round.getId()).orElseThrow(() -> new PanelNotFound(roundNumber));
        if (panel.getStatus() != PanelStatus.DRAWN) {
            throw new PanelNotDrawn(roundNumber);
        }
        if (round.hasClosed()) {
            // The round scored with the members seated at its close: published points, fit.json and votes.csv
            // stay consistent only if the membership no longer changes.
            throw new PanelSettled(roundNumber);
        }
        List<PanelVolunteer> pool = panels.pool(panel.getId());
        List<PoolEntry> entries = PanelFiles.poolEntries(panel, pool);
        LotteryTable table = PanelFiles.parseTable(
                PanelReading.quotas(panel),
                PanelFiles.typePool(entries),
                panel.lotteryTable().orElseThrow());
        int[] wanted = table.rows().get(panel.drawnRow().orElseThrow()).counts();
        Map<Integer, List<PanelVolunteer>> byType = new TreeMap<>();
        for (PanelVolunteer volunteer : pool) {
            byType.computeIfAbsent(
                            volunteer.typeIn(PanelReading.SPACE, panel.getVolunteeringDeadline()),
                            t -> new ArrayList<>())
                    .add(volunteer);
        }
        List<String> replaced = new ArrayList<>();
        List<PanelVolunteer> seatedNow = new ArrayList<>();
        byType.forEach((type, volunteers) -> {
            volunteers.sort(Comparator.comparing(v -> v.seatRank().orElse(Integer.MAX_VALUE)));
            long seated =
                    volunteers.stream().filter(PanelVolunteer::isSeatedMember).count();
            long missing = wanted[type] - seated;
            for (PanelVolunteer reserve : volunteers) {
                if (missing <= 0) {
                    break;
                }
                if (!reserve.isWithdrawn()
                        && reserve.seat().filter(s -> s == Seat.RESERVE).isPresent()) {
                    reserve.seat(Seat.MEMBER, reserve.seatRank().orElseThrow());
                    replaced.add(reserve.getPseudonym());
                    seatedNow.add(reserve);
                    missing--;
                }
            }
        });
        long withdrawnMembers = pool.stream()
                .filter(v -> v.isWithdrawn()
                        && v.seat().filter(s -> s == Seat.MEMBER).isPresent())
                .count();
        changes.fire(new StateChange(
                AuditAction.PANEL_MEMBERS_REPLACED,
                subject(roundNumber),
                withdrawnMembers + " withdrawn members",
                replaced.isEmpty() ? "no reserve seated" : "seated " + String.join(" ", replaced)));
        seatedNow.forEach(v -> mailSeat(roundNumber, v));
        return PanelReading.view(roundNumber, panel, panels);
    }

    /**
     * Gives the round's panel up, with a reason (required, at most {@value CitizenPanel#MAX_ABANDON_REASON}
     * characters; {@code AbandonReasonInvalid}): in any stage but DRAWN ({@code PanelNotAbandonable}). Volunteering
     * stops, the files published stay, and the round's public component is scored by everybody, as in a round
     * without a panel. The way out of a pool too small for any quotas, or of a commitment missed before the draw.
     * Audited.
     */
    public PanelViews.PanelView abandon(int roundNumber, String reason) {
        ReviewRound round = rounds.require(roundNumber);
        CitizenPanel panel = panels.lockByRound(round.getId()).orElseThrow(() -> new PanelNotFound(roundNumber));
        String before = panel.describe();
        panel.abandon(roundNumber, reason, clock.instant());
        changes.fire(new StateChange(AuditAction.PANEL_ABANDONED, subject(roundNumber), before, panel.describe()));
        return PanelReading.view(roundNumber, panel, panels);
    }

    private static int yearOf(Instant instant) {
        return instant.atZone(KoreanTime.ZONE).getYear();
    }

    static String subject(int roundNumber) {
        return "review " + roundNumber + " panel";
    }
}
