package kr.go.msit.sovereignai.domain.tally;

import java.io.Serializable;

/**
 * A round's citizens' panel as the tally sees it (issue 23): whether it is drawn, and its seated members (drawn,
 * not withdrawn) now. Only those members' votes make the PUBLIC component of a round with a drawn panel; a round
 * whose panel is not drawn cannot be published. {@code membership} is a fingerprint of the seated members'
 * accounts: it changes when a member withdraws or a reserve is seated, so an analysis kept for one membership is
 * never served for another.
 */
public record ScoringPanel(boolean drawn, int seatedMembers, String membership) implements Serializable {

    private static final long serialVersionUID = 1L;
}
