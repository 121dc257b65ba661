package kr.go.msit.sovereignai.application.citizenpanel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelStatus;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.Seat;
import kr.go.msit.sovereignai.domain.sortition.DrawnPanel;
import kr.go.msit.sovereignai.domain.sortition.LotteryTable;
import kr.go.msit.sovereignai.domain.sortition.PoolEntry;
import kr.go.msit.sovereignai.domain.sortition.PoolFile;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import kr.go.msit.sovereignai.domain.sortition.TypePool;

/**
 * The published files of a panel, rebuilt from what is stored: {@code quotas.csv} (from the configuration),
 * {@code pool.csv} (the frozen pool, from the volunteers in it), {@code table.csv} (stored as committed) and
 * {@code draw.csv} (the draw: every pool member's rank in their type's order is stored; the drawn row says how many
 * of each type are members). A replacement later seats reserves but never changes {@code draw.csv}.
 */
final class PanelFiles {

    /** The lottery's tickets: one million (largest remainder rounding keeps each type's probability within 0.002 %). */
    static final long TOTAL_TICKETS = LotteryTable.PLATFORM_TICKETS;

    static final List<String> NAMES = List.of("quotas.csv", "pool.csv", "table.csv", "draw.csv");

    private PanelFiles() {}

    static Optional<String> file(CitizenPanel panel, String name, CitizenPanelRepository panels) {
        return switch (name) {
            case "quotas.csv" -> Optional.of(PanelReading.quotas(panel).toCsv());
            case "pool.csv" -> panel.isFrozen() ? Optional.of(poolCsv(panel, panels)) : Optional.empty();
            case "table.csv" -> panel.lotteryTable();
            case "draw.csv" ->
                panel.getStatus() == PanelStatus.DRAWN
                        ? Optional.of(drawn(panel, panels).toCsv(PanelReading.SPACE))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    static List<PoolEntry> poolEntries(CitizenPanel panel, List<PanelVolunteer> pool) {
        // An entry without a type at the deadline is never in the pool (the feasibility count's rule).
        return pool.stream()
                .filter(v -> v.isTypableIn(PanelReading.SPACE, panel.getVolunteeringDeadline()))
                .map(v ->
                        new PoolEntry(v.getPseudonym(), v.typeIn(PanelReading.SPACE, panel.getVolunteeringDeadline())))
                .sorted(Comparator.comparing(PoolEntry::pseudonym))
                .toList();
    }

    static String poolCsv(CitizenPanel panel, CitizenPanelRepository panels) {
        return PoolFile.csv(PanelReading.SPACE, poolEntries(panel, panels.pool(panel.getId())));
    }

    /** The type pool of the frozen pool. */
    static TypePool typePool(List<PoolEntry> entries) {
        int[] counts = new int[PanelReading.SPACE.typeCount()];
        entries.forEach(e -> counts[e.type()]++);
        return new TypePool(PanelReading.SPACE, counts);
    }

    /** Reads the committed {@code table.csv} back. */
    static LotteryTable parseTable(Quotas quotas, TypePool pool, String csv) {
        return LotteryTable.parseCsv(quotas, pool, csv);
    }

    /** The stored draw: per type, its pool members in rank order, the drawn row's count of them members. */
    static DrawnPanel drawn(CitizenPanel panel, CitizenPanelRepository panels) {
        List<PanelVolunteer> pool = panels.pool(panel.getId());
        List<PoolEntry> entries = poolEntries(panel, pool);
        TypePool typePool = typePool(entries);
        LotteryTable table = parseTable(
                PanelReading.quotas(panel), typePool, panel.lotteryTable().orElseThrow());
        int[] counts = table.rows().get(panel.drawnRow().orElseThrow()).counts();
        List<PanelVolunteer> ranked = new ArrayList<>(pool);
        ranked.sort(Comparator.<PanelVolunteer>comparingInt(
                        v -> v.typeIn(PanelReading.SPACE, panel.getVolunteeringDeadline()))
                .thenComparing(v -> v.seatRank().orElse(Integer.MAX_VALUE)));
        List<PoolEntry> members = new ArrayList<>();
        List<PoolEntry> reserves = new ArrayList<>();
        for (PanelVolunteer v : ranked) {
            int type = v.typeIn(PanelReading.SPACE, panel.getVolunteeringDeadline());
            PoolEntry entry = new PoolEntry(v.getPseudonym(), type);
            if (v.seatRank().orElse(Integer.MAX_VALUE) <= counts[type]) {
                members.add(entry);
            } else {
                reserves.add(entry);
            }
        }
        return new DrawnPanel(
                panel.drawnTicket().orElseThrow(), panel.drawnRow().orElseThrow(), members, reserves);
    }

    static PanelViews.Seat seatOf(PanelVolunteer volunteer) {
        if (volunteer.isSeatedMember()) {
            return PanelViews.Seat.MEMBER;
        }
        if (!volunteer.isWithdrawn()
                && volunteer.seat().filter(s -> s == Seat.RESERVE).isPresent()) {
            return PanelViews.Seat.RESERVE;
        }
        return PanelViews.Seat.NOT_DRAWN;
    }
}
