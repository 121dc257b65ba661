package kr.go.msit.sovereignai.domain.citizenpanel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A round's citizens' panel: its size and quotas, the volunteering deadline, the named 로또 6/45 draw whose numbers
 * become the seed and when it takes place; after the deadline the frozen pool's size and digest, the lottery table
 * ({@code table.csv}), the probabilities, the commitment and the time to compute them; after the seed the drawn
 * ticket and row. Each step is a method named for it and happens once.
 */
@Entity
@Table(name = "citizen_panel")
public class CitizenPanel {

    /** The largest panel a round may have. */
    public static final int MAX_SIZE = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "panel_size", nullable = false)
    private int panelSize;

    /** Per feature, its values' quotas: {@code 250,250;250,250;100,100,100,100,100;100,250,150}. */
    @Column(nullable = false, length = 1000)
    private String quotas;

    @Column(name = "volunteering_deadline", nullable = false)
    private Instant volunteeringDeadline;

    @Column(name = "draw_at", nullable = false)
    private Instant drawAt;

    @Column(name = "lotto_draw_number", nullable = false)
    private int lottoDrawNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PanelStatus status;

    @Column(name = "pool_size")
    private Integer poolSize;

    @Column(name = "pool_digest", length = 64)
    private String poolDigest;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "lottery_table", length = 1_000_000)
    private String lotteryTable;

    @Column(length = 1_000_000)
    private String probabilities;

    @Column(length = 64)
    private String commitment;

    @Column(name = "compute_millis")
    private Long computeMillis;

    @Column(name = "lotto_numbers", length = 24)
    private String lottoNumbers;

    @Column(length = 64)
    private String seed;

    @Column(name = "drawn_ticket")
    private Long drawnTicket;

    @Column(name = "drawn_row")
    private Integer drawnRow;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @Column(name = "abandoned_reason", length = 500)
    private String abandonedReason;

    @Column(name = "abandoned_at")
    private Instant abandonedAt;

    @Version
    private long version;

    /** The longest reason an abandonment may give. */
    public static final int MAX_ABANDON_REASON = 500;

    protected CitizenPanel() {}

    public CitizenPanel(long roundId, PanelSettingsRule.Checked settings) {
        this.roundId = roundId;
        this.status = PanelStatus.VOLUNTEERING;
        apply(settings);
    }

    /** New settings while volunteering is open (the service checks the round and the deadline first). */
    public void reconfigure(int roundNumber, PanelSettingsRule.Checked settings, Instant now) {
        if (!acceptsVolunteersAt(now)) {
            throw new PanelNotConfigurable(roundNumber);
        }
        apply(settings);
    }

    private void apply(PanelSettingsRule.Checked settings) {
        this.panelSize = settings.panelSize();
        this.quotas = encode(settings.quotas());
        this.volunteeringDeadline = settings.volunteeringDeadline();
        this.drawAt = settings.drawAt();
        this.lottoDrawNumber = settings.lottoDrawNumber();
    }

    /** Volunteers may join or withdraw (from the pool): nothing frozen yet and the deadline ahead. */
    public boolean acceptsVolunteersAt(Instant now) {
        return status == PanelStatus.VOLUNTEERING && frozenAt == null && now.isBefore(volunteeringDeadline);
    }

    /** The deadline has come and the pool is not frozen yet. */
    public boolean isDueToFreezeAt(Instant now) {
        return status == PanelStatus.VOLUNTEERING && frozenAt == null && !now.isBefore(volunteeringDeadline);
    }

    /** The pool is frozen and feasible but the lottery is not committed yet (being computed, or interrupted). */
    public boolean awaitsLottery() {
        return status == PanelStatus.VOLUNTEERING && frozenAt != null;
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    /** Freezes the pool at the deadline: its size and digest are public from now on. */
    public void freeze(int size, String digest, Instant now, boolean feasible) {
        if (frozenAt != null) {
            throw new IllegalStateException("the pool is frozen already");
        }
        this.poolSize = size;
        this.poolDigest = digest;
        this.frozenAt = now;
        this.status = feasible ? PanelStatus.VOLUNTEERING : PanelStatus.INFEASIBLE;
    }

    /** The solver found the frozen pool unable to meet the quotas: new quotas are needed. */
    public void infeasible() {
        if (!awaitsLottery()) {
            throw new IllegalStateException("only a frozen pool awaiting its lottery");
        }
        this.status = PanelStatus.INFEASIBLE;
    }

    /** New quotas for a frozen pool that could not meet the old ones (the service checked them feasible). */
    public void changeQuotas(int roundNumber, int[][] newQuotas) {
        if (status != PanelStatus.INFEASIBLE) {
            throw new PanelNotConfigurable(roundNumber);
        }
        this.quotas = encode(newQuotas);
    }

    /**
     * Whether a commitment may still be made now: strictly before the declared draw. At or after {@code drawAt} the
     * winning numbers may be known, and a commitment chosen then could grind the seed.
     */
    public boolean commitsInTimeAt(Instant now) {
        return now.isBefore(drawAt);
    }

    /** Refuses with {@code CommitmentTooLate} once the declared draw's time has come. */
    public void requireCommitmentInTimeAt(int roundNumber, Instant now) {
        if (!commitsInTimeAt(now)) {
            throw new CommitmentTooLate(roundNumber, drawAt);
        }
    }

    /**
     * The lottery and its commitment, published before the seed exists: never at or after the declared draw
     * ({@code CommitmentTooLate}).
     */
    public void commit(
            int roundNumber, String table, String typeProbabilities, String commitmentHex, long millis, Instant now) {
        if ((status != PanelStatus.VOLUNTEERING && status != PanelStatus.INFEASIBLE) || frozenAt == null) {
            throw new IllegalStateException("the lottery is committed already or the pool is not frozen");
        }
        requireCommitmentInTimeAt(roundNumber, now);
        this.lotteryTable = table;
        this.probabilities = typeProbabilities;
        this.commitment = commitmentHex;
        this.computeMillis = millis;
        this.status = PanelStatus.COMMITTED;
    }

    /** Whether the seed may be entered now: committed, and the declared draw has taken place. */
    public void requireSeedAcceptedAt(int roundNumber, Instant now) {
        if (status == PanelStatus.DRAWN) {
            throw new SeedAlreadyEntered(roundNumber);
        }
        if (status != PanelStatus.COMMITTED) {
            throw new SeedNotAwaited(roundNumber);
        }
        if (now.isBefore(drawAt)) {
            throw new SeedBeforeDraw(roundNumber, drawAt);
        }
    }

    /** Records the seed and the draw's ticket and row. */
    public void drawn(int roundNumber, String canonicalNumbers, String seedHex, long ticket, int row, Instant now) {
        requireSeedAcceptedAt(roundNumber, now);
        this.lottoNumbers = canonicalNumbers;
        this.seed = seedHex;
        this.drawnTicket = ticket;
        this.drawnRow = row;
        this.drawnAt = now;
        this.status = PanelStatus.DRAWN;
    }

    /**
     * Gives the panel up (any stage but DRAWN, once): volunteering stops, what was published stays, and the round
     * is scored as a round without a panel. {@code PanelNotAbandonable} when drawn or abandoned already;
     * {@code AbandonReasonInvalid} without a reason or with one longer than {@link #MAX_ABANDON_REASON}.
     */
    public void abandon(int roundNumber, String reason, Instant now) {
        if (status == PanelStatus.DRAWN || status == PanelStatus.ABANDONED) {
            throw new PanelNotAbandonable(roundNumber);
        }
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > MAX_ABANDON_REASON) {
            throw new AbandonReasonInvalid(MAX_ABANDON_REASON);
        }
        this.abandonedReason = given;
        this.abandonedAt = now;
        this.status = PanelStatus.ABANDONED;
    }

    public boolean isAbandoned() {
        return status == PanelStatus.ABANDONED;
    }

    public Optional<String> abandonedReason() {
        return Optional.ofNullable(abandonedReason);
    }

    public Optional<Instant> abandonedAt() {
        return Optional.ofNullable(abandonedAt);
    }

    /** The declared public randomness, as committed: {@code lotto645:<draw number>}. */
    public String seedSource() {
        return "lotto645:" + lottoDrawNumber;
    }

    public static String encode(int[][] quotas) {
        return Arrays.stream(quotas)
                .map(values -> Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    public static int[][] decode(String text) {
        return Arrays.stream(text.split(";"))
                .map(values -> Arrays.stream(values.split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray())
                .toArray(int[][]::new);
    }

    public int[][] quotaValues() {
        return decode(quotas);
    }

    /** A short description for the audit log (no personal data). */
    public String describe() {
        return "size " + panelSize + " quotas " + quotas + " deadline " + volunteeringDeadline + " draw "
                + lottoDrawNumber + " at " + drawAt + " status " + status
                + (poolDigest == null ? "" : " pool " + poolSize + " " + poolDigest)
                + (commitment == null ? "" : " commitment " + commitment)
                + (abandonedReason == null ? "" : " abandoned: " + abandonedReason);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public int getPanelSize() {
        return panelSize;
    }

    public Instant getVolunteeringDeadline() {
        return volunteeringDeadline;
    }

    public Instant getDrawAt() {
        return drawAt;
    }

    public int getLottoDrawNumber() {
        return lottoDrawNumber;
    }

    public PanelStatus getStatus() {
        return status;
    }

    public Optional<Integer> poolSize() {
        return Optional.ofNullable(poolSize);
    }

    public Optional<String> poolDigest() {
        return Optional.ofNullable(poolDigest);
    }

    public Optional<Instant> frozenAt() {
        return Optional.ofNullable(frozenAt);
    }

    public Optional<String> lotteryTable() {
        return Optional.ofNullable(lotteryTable);
    }

    public Optional<String> probabilities() {
        return Optional.ofNullable(probabilities);
    }

    public Optional<String> commitment() {
        return Optional.ofNullable(commitment);
    }

    public Optional<Long> computeMillis() {
        return Optional.ofNullable(computeMillis);
    }

    public Optional<String> lottoNumbers() {
        return Optional.ofNullable(lottoNumbers);
    }

    public Optional<String> seed() {
        return Optional.ofNullable(seed);
    }

    public Optional<Long> drawnTicket() {
        return Optional.ofNullable(drawnTicket);
    }

    public Optional<Integer> drawnRow() {
        return Optional.ofNullable(drawnRow);
    }

    public Optional<Instant> drawnAt() {
        return Optional.ofNullable(drawnAt);
    }

    public long getVersion() {
        return version;
    }
}
