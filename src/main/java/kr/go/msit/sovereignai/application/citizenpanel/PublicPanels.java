package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelStatus;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/** What anyone reads: a round's panel as published, the published files, and whether a pseudonym was drawn. */
@Stateless
@PermitAll
public class PublicPanels {

    private final ReviewRoundRepository rounds;
    private final CitizenPanelRepository panels;

    @Inject
    public PublicPanels(ReviewRoundRepository rounds, CitizenPanelRepository panels) {
        this.rounds = rounds;
        this.panels = panels;
    }

    /** For the container's proxies only. */
    protected PublicPanels() {
        this(null, null);
    }

    /** The round's panel as published (empty when the round or its panel does not exist). Holds no personal data. */
    public Optional<PanelViews.PanelView> panel(int roundNumber) {
        return find(roundNumber).map(panel -> PanelReading.view(roundNumber, panel, panels));
    }

    /** A published file ({@code quotas.csv}, {@code pool.csv} after the freeze, {@code table.csv} after the commitment, {@code draw.csv} after the draw). */
    public Optional<String> file(int roundNumber, String name) {
        return find(roundNumber).flatMap(panel -> PanelFiles.file(panel, name, panels));
    }

    /** The seat of a pseudonym in the drawn panel (NOT_DRAWN for an unknown one: nothing else is revealed). */
    public PanelViews.Seat check(int roundNumber, String pseudonym) {
        Optional<CitizenPanel> panel = find(roundNumber);
        if (panel.isEmpty() || panel.get().getStatus() != PanelStatus.DRAWN) {
            return panel.isPresent() ? PanelViews.Seat.NOT_DRAWN_YET : PanelViews.Seat.NOT_DRAWN;
        }
        if (pseudonym == null || !pseudonym.strip().matches("[0-9a-fA-F]{16}")) {
            return PanelViews.Seat.NOT_DRAWN;
        }
        return panels.volunteerByPseudonym(
                        panel.get().getId(), pseudonym.strip().toLowerCase(java.util.Locale.ROOT))
                .map(PanelFiles::seatOf)
                .orElse(PanelViews.Seat.NOT_DRAWN);
    }

    private Optional<CitizenPanel> find(int roundNumber) {
        return rounds.findByNumber(roundNumber).map(ReviewRound::getId).flatMap(panels::findByRound);
    }
}
