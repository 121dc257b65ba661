package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.Optional;

/** What anyone reads: a round's panel as published, the published files, and whether a pseudonym was drawn. */
@Stateless
@PermitAll
public class PublicPanels {

    public Optional<PanelViews.PanelView> panel(int roundNumber) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** A published file ({@code quotas.csv}, {@code pool.csv} after the freeze, {@code table.csv} after the commitment, {@code draw.csv} after the draw). */
    public Optional<String> file(int roundNumber, String name) {
        throw new UnsupportedOperationException("issue 23: panel");
    }

    /** The seat of a pseudonym in the drawn panel (NOT_DRAWN for an unknown one: nothing else is revealed). */
    public PanelViews.Seat check(int roundNumber, String pseudonym) {
        throw new UnsupportedOperationException("issue 23: panel");
    }
}
