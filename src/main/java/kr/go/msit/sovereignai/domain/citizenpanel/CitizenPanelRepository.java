package kr.go.msit.sovereignai.domain.citizenpanel;

import java.util.List;
import java.util.Optional;

/** Panels and their volunteers. */
public interface CitizenPanelRepository {

    Optional<CitizenPanel> findByRound(long roundId);

    /** The round's panel, its row locked for the rest of this transaction (freeze, seed, replacement: one at a time). */
    Optional<CitizenPanel> lockByRound(long roundId);

    /** Every panel (a handful: one per round). */
    List<CitizenPanel> findAll();

    /** Stores a new panel, flushed at once (a second one for the round is refused by the database). */
    void store(CitizenPanel panel);

    Optional<PanelVolunteer> volunteerOf(long panelId, long accountId);

    /** Whether the person already has an entry in the panel (active or withdrawn). */
    boolean hasPerson(long panelId, String personKey);

    boolean pseudonymTaken(long panelId, String pseudonym);

    Optional<PanelVolunteer> volunteerByPseudonym(long panelId, String pseudonym);

    /**
     * Stores a new entry, flushed at once: a second one for the same person or account is refused with
     * {@link AlreadyVolunteered} by the database's unique constraints.
     */
    void storeVolunteer(PanelVolunteer volunteer, int roundNumber);

    /** The entries not withdrawn, counted by their features (one grouped query, cheap at 100,000). */
    List<FeatureCount> activeCounts(long panelId);

    /** The frozen pool's entries counted by their features. */
    List<FeatureCount> poolCounts(long panelId);

    /** Marks every entry not withdrawn as in the pool (one update); returns how many. */
    int freezePool(long panelId);

    /** The frozen pool's entries (for pool.csv and the draw). */
    List<PanelVolunteer> pool(long panelId);

    /** Entries with a seat (members and reserves). */
    List<PanelVolunteer> seated(long panelId);

    /** How many entries, not withdrawn. */
    long activeVolunteers(long panelId);

    /** One combination of features and how many entries have it. */
    record FeatureCount(
            kr.go.msit.sovereignai.domain.account.Sex sex,
            int birthYear,
            Province province,
            Proficiency proficiency,
            long count) {}
}
