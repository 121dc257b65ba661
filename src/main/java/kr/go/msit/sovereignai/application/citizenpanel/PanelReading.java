package kr.go.msit.sovereignai.application.citizenpanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelSettings;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.QuotaConflictLine;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.Stage;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.TypeLine;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository.FeatureCount;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelStatus;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.TooYoungToVolunteer;
import kr.go.msit.sovereignai.domain.sortition.Feasibility;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;
import kr.go.msit.sovereignai.domain.sortition.QuotaConflict;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import kr.go.msit.sovereignai.domain.sortition.TypePool;

/** How a stored panel becomes what pages and the open data read, and the few derived values the services share. */
final class PanelReading {

    static final FeatureSpace SPACE = FeatureSpace.ministry();

    /** Cells of the published probabilities with fewer volunteers than this are marked suppressed. */
    static final int SMALL_CELL = 5;

    private PanelReading() {}

    static Quotas quotas(CitizenPanel panel) {
        return new Quotas(SPACE, panel.getPanelSize(), panel.quotaValues());
    }

    /** Volunteers counted by type (their age band at the panel's deadline). */
    static TypePool typePool(CitizenPanel panel, List<FeatureCount> counts) {
        int[] byType = new int[SPACE.typeCount()];
        for (FeatureCount count : counts) {
            try {
                byType[
                                PanelVolunteer.typeOf(
                                        SPACE,
                                        count.sex(),
                                        count.birthYear(),
                                        count.province(),
                                        count.proficiency(),
                                        panel.getVolunteeringDeadline())] +=
                        (int) count.count();
            } catch (TooYoungToVolunteer movedDeadline) {
                // Only possible for a deadline moved earlier after they volunteered: they cannot be in the pool.
            }
        }
        return new TypePool(SPACE, byType);
    }

    static PanelSettings settings(CitizenPanel panel) {
        return new PanelSettings(
                panel.getPanelSize(),
                panel.quotaValues(),
                panel.getVolunteeringDeadline(),
                panel.getLottoDrawNumber(),
                panel.getDrawAt());
    }

    static Stage stage(CitizenPanel panel) {
        return switch (panel.getStatus()) {
            case VOLUNTEERING -> Stage.VOLUNTEERING;
            case INFEASIBLE -> Stage.INFEASIBLE;
            case COMMITTED -> Stage.COMMITTED;
            case DRAWN -> Stage.DRAWN;
            case ABANDONED -> Stage.ABANDONED;
        };
    }

    static List<QuotaConflictLine> conflictLines(Feasibility feasibility) {
        return feasibility.conflicts().stream().map(PanelReading::line).toList();
    }

    static QuotaConflictLine line(QuotaConflict conflict) {
        FeatureSpace.Feature feature = SPACE.features().get(conflict.feature());
        return new QuotaConflictLine(
                feature.name(), feature.values().get(conflict.value()), conflict.quota(), conflict.reachable());
    }

    static String describe(QuotaConflictLine line) {
        return line.feature() + "=" + line.value() + ": " + line.quota() + " > " + line.reachable();
    }

    /** The panel as published now: before the freeze against today's volunteers, after it against the pool. */
    static PanelView view(int roundNumber, CitizenPanel panel, CitizenPanelRepository repository) {
        long volunteers = repository.activeVolunteers(panel.getId());
        // A committed or drawn panel's pool met its quotas once and for all: no solver for every view of it.
        Feasibility feasibility = panel.getStatus() == PanelStatus.COMMITTED || panel.getStatus() == PanelStatus.DRAWN
                ? new Feasibility(true, List.of())
                : Feasibility.check(
                        quotas(panel),
                        typePool(
                                panel,
                                panel.isFrozen()
                                        ? repository.poolCounts(panel.getId())
                                        : repository.activeCounts(panel.getId())));
        List<TypeLine> types = List.of();
        Double leximinMinimum = null;
        Double greedyMinimum = null;
        Double uniformShare = null;
        if (panel.probabilities().isPresent()) {
            types = typeLines(panel.probabilities().get());
            leximinMinimum = types.stream()
                    .filter(t -> t.poolCount() > 0)
                    .mapToDouble(TypeLine::leximinProbability)
                    .min()
                    .orElse(0);
            double greedy = types.stream()
                    .filter(t -> t.poolCount() > 0)
                    .mapToDouble(TypeLine::greedyProbability)
                    .min()
                    .orElse(0);
            // The greedy comparison may be unavailable (NaN in the file): then there is no minimum to show.
            greedyMinimum = Double.isNaN(greedy) ? null : greedy;
        }
        if (panel.poolSize().filter(size -> size > 0).isPresent()) {
            uniformShare = (double) panel.getPanelSize() / panel.poolSize().get();
        }
        List<String> members = new ArrayList<>();
        int seated = 0;
        int withdrawn = 0;
        if (panel.getStatus() == PanelStatus.DRAWN) {
            for (PanelVolunteer v : repository.seated(panel.getId())) {
                if (v.seat().orElseThrow() == kr.go.msit.sovereignai.domain.citizenpanel.Seat.MEMBER) {
                    if (v.isWithdrawn()) {
                        withdrawn++;
                    } else {
                        seated++;
                        members.add(v.getPseudonym());
                    }
                }
            }
            members.sort(null);
        }
        return new PanelView(
                roundNumber,
                stage(panel),
                settings(panel),
                (int) volunteers,
                feasibility.feasible(),
                conflictLines(feasibility),
                panel.frozenAt().orElse(null),
                panel.poolDigest().orElse(null),
                panel.poolSize().orElse(null),
                types,
                leximinMinimum,
                greedyMinimum,
                uniformShare,
                panel.commitment().orElse(null),
                panel.computeMillis().orElse(null),
                panel.lottoNumbers().orElse(null),
                panel.seed().orElse(null),
                panel.drawnTicket().orElse(null),
                panel.drawnRow().orElse(null),
                panel.drawnAt().orElse(null),
                List.copyOf(members),
                seated,
                withdrawn,
                panel.abandonedReason().orElse(null),
                panel.abandonedAt().orElse(null));
    }

    // --- the stored probabilities: header type,pool,leximin,greedy; one line per type, in type order ---

    static final String PROBABILITIES_HEADER = "type,pool,leximin,greedy";

    static String probabilitiesText(TypePool pool, double[] leximin, double[] greedy) {
        StringBuilder text = new StringBuilder(PROBABILITIES_HEADER).append('\n');
        for (int t = 0; t < SPACE.typeCount(); t++) {
            text.append(t)
                    .append(',')
                    .append(pool.counts()[t])
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.9f", leximin[t]))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.9f", greedy[t]))
                    .append('\n');
        }
        return text.toString();
    }

    static List<TypeLine> typeLines(String text) {
        List<TypeLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.equals(PROBABILITIES_HEADER)) {
                continue;
            }
            String[] fields = line.split(",");
            int type = Integer.parseInt(fields[0]);
            int count = Integer.parseInt(fields[1]);
            int[] values = SPACE.valuesOf(type);
            lines.add(new TypeLine(
                    SPACE.features().get(0).values().get(values[0]),
                    SPACE.features().get(1).values().get(values[1]),
                    SPACE.features().get(2).values().get(values[2]),
                    SPACE.features().get(3).values().get(values[3]),
                    count,
                    count > 0 && count < SMALL_CELL,
                    Double.parseDouble(fields[2]),
                    Double.parseDouble(fields[3])));
        }
        return lines;
    }
}
