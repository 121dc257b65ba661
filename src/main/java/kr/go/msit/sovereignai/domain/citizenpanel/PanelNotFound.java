package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.NotFound;

/** The round has no citizens' panel. */
public class PanelNotFound extends NotFound {

    private static final long serialVersionUID = 1L;

    public PanelNotFound(int roundNumber) {
        super("panel.notFound", roundNumber);
    }
}
