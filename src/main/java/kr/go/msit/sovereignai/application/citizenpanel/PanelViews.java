package kr.go.msit.sovereignai.application.citizenpanel;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The citizens' panel as pages and the open data see it, as plain records (never the entities). */
public final class PanelViews {

    private PanelViews() {}

    /** Where a panel stands. */
    public enum Stage {
        /** Volunteers may join (until the deadline). */
        VOLUNTEERING,
        /** The pool is frozen and cannot meet the quotas: the administrator changes the quotas. */
        INFEASIBLE,
        /** Pool, probabilities, lottery and commitment are published; the seed is awaited. */
        COMMITTED,
        /** The seed is entered and the panel drawn. */
        DRAWN,
        /** Given up by an administrator before the draw: everybody's votes score, as in a round without a panel. */
        ABANDONED
    }

    /**
     * What an administrator sets: the panel's size, its quotas (per feature, per value, in the order of
     * {@code FeatureSpace.ministry()}), the volunteering deadline, the 로또 6/45 draw whose numbers will be the seed
     * and when that draw takes place.
     */
    public record PanelSettings(
            int panelSize, int[][] quotas, Instant volunteeringDeadline, int lottoDrawNumber, Instant drawAt)
            implements Serializable {}

    /** One quota the pool cannot meet, in words the page shows: feature and value codes, quota and reachable. */
    public record QuotaConflictLine(String feature, String value, int quota, int reachable) implements Serializable {}

    /** One type's line of the published probabilities; {@code suppressed} when fewer than 5 are in the pool. */
    public record TypeLine(
            String sex,
            String region,
            String ageBand,
            String proficiency,
            int poolCount,
            boolean suppressed,
            double leximinProbability,
            double greedyProbability)
            implements Serializable {}

    /** The panel of a round, as published at the instant it was read. */
    public record PanelView(
            int roundNumber,
            Stage stage,
            PanelSettings settings,
            int volunteers,
            boolean feasible,
            List<QuotaConflictLine> conflicts,
            Instant frozenAt,
            String poolDigest,
            Integer poolSize,
            List<TypeLine> types,
            Double leximinMinimum,
            Double greedyMinimum,
            Double uniformShare,
            String commitment,
            Long computeMillis,
            String lottoNumbers,
            String seed,
            Long drawnTicket,
            Integer drawnRow,
            Instant drawnAt,
            List<String> memberPseudonyms,
            int seatedMembers,
            int withdrawnMembers,
            String abandonedReason,
            Instant abandonedAt)
            implements Serializable {}

    /** A volunteer's own entry, as they see it. */
    public record VolunteerView(
            int roundNumber,
            String pseudonym,
            String sex,
            boolean sexVerified,
            int birthYear,
            boolean birthYearVerified,
            String ageBand,
            String province,
            String region,
            String proficiency,
            Instant volunteeredAt,
            boolean withdrawn,
            Seat seat)
            implements Serializable {}

    /** A volunteer's seat after the draw: drawn, a reserve of their type, or none (before the draw: NOT_DRAWN_YET). */
    public enum Seat {
        NOT_DRAWN_YET,
        MEMBER,
        RESERVE,
        NOT_DRAWN
    }

    /** What a volunteer declares; sex and birth year are taken from the verified identity where it has them. */
    public record VolunteerForm(String sex, Integer birthYear, String province, List<Integer> questionnaireAnswers)
            implements Serializable {}
}
