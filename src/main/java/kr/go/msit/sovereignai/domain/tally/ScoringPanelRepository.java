package kr.go.msit.sovereignai.domain.tally;

import java.util.Optional;

/**
 * Reads a round's citizens' panel for scoring: only whether it is drawn and who sits on it, never the volunteers'
 * features. Counting the members' votes is done in the database by the ballot and arena repositories.
 */
public interface ScoringPanelRepository {

    /** No round has a panel (unit tests of rounds without one). */
    ScoringPanelRepository NONE = roundId -> Optional.empty();

    /** The round's panel, or empty for a round without one. */
    Optional<ScoringPanel> ofRound(long roundId);

    /**
     * The account ids of the round's seated panel members (drawn, not withdrawn): at most the panel's size, to mark
     * in the open data which votes scored.
     */
    default java.util.Set<Long> seatedMembers(long roundId) {
        return java.util.Set.of();
    }
}
