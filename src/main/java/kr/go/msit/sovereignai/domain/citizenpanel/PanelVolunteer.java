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
import java.util.Optional;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;

/**
 * One person's entry in a panel: their random pseudonym (the only thing ever published about them), sex and birth
 * year (marked verified where the identity provider asserted them), province and questionnaire answers; whether they
 * withdrew, whether they are in the frozen pool, and their seat and rank after the draw. A seated member is
 * {@code seat = MEMBER} with no withdrawal.
 */
@Entity
@Table(name = "panel_volunteer")
public class PanelVolunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false, updatable = false)
    private long panelId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "person_key", nullable = false, updatable = false, length = 64)
    private String personKey;

    @Column(nullable = false, updatable = false, length = 16)
    private String pseudonym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "sex_verified", nullable = false)
    private boolean sexVerified;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "birth_year_verified", nullable = false)
    private boolean birthYearVerified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Province province;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Proficiency proficiency;

    @Column(name = "proficiency_answers", nullable = false, length = 64)
    private String proficiencyAnswers;

    @Column(name = "volunteered_at", nullable = false)
    private Instant volunteeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "in_pool", nullable = false)
    private boolean inPool;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Seat seat;

    @Column(name = "seat_rank")
    private Integer seatRank;

    @Version
    private long version;

    protected PanelVolunteer() {}

    public PanelVolunteer(
            long panelId,
            long roundId,
            long accountId,
            String personKey,
            String pseudonym,
            Features features,
            Instant now) {
        this.panelId = panelId;
        this.roundId = roundId;
        this.accountId = accountId;
        this.personKey = personKey;
        this.pseudonym = pseudonym;
        declare(features, now);
    }

    /** What a volunteer declared (or the identity asserted) when volunteering; checked by the service. */
    public record Features(
            Sex sex,
            boolean sexVerified,
            int birthYear,
            boolean birthYearVerified,
            Province province,
            Proficiency proficiency,
            String proficiencyAnswers) {}

    private void declare(Features features, Instant now) {
        this.sex = features.sex();
        this.sexVerified = features.sexVerified();
        this.birthYear = features.birthYear();
        this.birthYearVerified = features.birthYearVerified();
        this.province = features.province();
        this.proficiency = features.proficiency();
        this.proficiencyAnswers = features.proficiencyAnswers();
        this.volunteeredAt = now;
    }

    /** Volunteers again after withdrawing (before the deadline): the entry is active with the new answers. */
    public void rejoin(Features features, Instant now) {
        if (withdrawnAt == null) {
            throw new IllegalStateException("an active entry cannot rejoin");
        }
        declare(features, now);
        this.withdrawnAt = null;
    }

    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            this.withdrawnAt = now;
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Taken into the frozen pool at the deadline. */
    public void enterPool() {
        this.inPool = true;
    }

    /** Left out of the frozen pool: an entry that cannot be typed at the panel's deadline. */
    public void leavePool() {
        this.inPool = false;
    }

    /** Whether the entry has a type at the deadline (its age band exists then). */
    public boolean isTypableIn(FeatureSpace space, Instant deadline) {
        try {
            typeIn(space, deadline);
            return true;
        } catch (TooYoungToVolunteer movedDeadline) {
            return false;
        }
    }

    public void seat(Seat newSeat, int rank) {
        this.seat = newSeat;
        this.seatRank = rank;
    }

    /** A member of the panel now: drawn (or seated by a replacement) and not withdrawn. */
    public boolean isSeatedMember() {
        return seat == Seat.MEMBER && withdrawnAt == null;
    }

    /** This entry's type in the space of the ministry's features, its age band taken at the deadline. */
    public int typeIn(FeatureSpace space, Instant deadline) {
        return typeOf(space, sex, birthYear, province, proficiency, deadline);
    }

    /** The type of a combination of features (sex, capital region or not, age band at the deadline, proficiency). */
    public static int typeOf(
            FeatureSpace space, Sex sex, int birthYear, Province province, Proficiency proficiency, Instant deadline) {
        return space.typeOf(
                index(space, 0, sex.name()),
                index(space, 1, province.region()),
                index(space, 2, AgeBand.of(birthYear, deadline).code()),
                index(space, 3, proficiency.name()));
    }

    private static int index(FeatureSpace space, int feature, String code) {
        int index = space.features().get(feature).values().indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "no value " + code + " of " + space.features().get(feature).name());
        }
        return index;
    }

    public Long getId() {
        return id;
    }

    public long getPanelId() {
        return panelId;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public Sex getSex() {
        return sex;
    }

    public boolean isSexVerified() {
        return sexVerified;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public boolean isBirthYearVerified() {
        return birthYearVerified;
    }

    public Province getProvince() {
        return province;
    }

    public Proficiency getProficiency() {
        return proficiency;
    }

    public String getProficiencyAnswers() {
        return proficiencyAnswers;
    }

    public Instant getVolunteeredAt() {
        return volunteeredAt;
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public boolean isInPool() {
        return inPool;
    }

    public Optional<Seat> seat() {
        return Optional.ofNullable(seat);
    }

    public Optional<Integer> seatRank() {
        return Optional.ofNullable(seatRank);
    }

    public long getVersion() {
        return version;
    }
}
