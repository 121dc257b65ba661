package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A stage review ("단계평가"): a numbered round with a window and its postponements. */
@Entity
@Table(name = "review_round")
public class ReviewRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_number", nullable = false, unique = true, updatable = false)
    private int number;

    @Embedded
    private ReviewWindow window;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status;

    /** How many teams this review is planned to eliminate on points. */
    @Column(name = "planned_eliminations", nullable = false)
    private int plannedEliminations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_postponement", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<Postponement> postponements = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderColumn(name = "position")
    private List<PublicCriterion> publicCriteria = new ArrayList<>();

    @Version
    private long version;

    protected ReviewRound() {
    }

    public ReviewRound(int number, ReviewWindow window, int plannedEliminations) {
        if (number < 1) {
            throw new DomainRuleViolation("round.number.invalid");
        }
        if (plannedEliminations < 0) {
            throw new DomainRuleViolation("programme.eliminations.nonNegative");
        }
        this.number = number;
        this.window = window;
        this.plannedEliminations = plannedEliminations;
        this.status = RoundStatus.SCHEDULED;
        this.publicCriteria.add(PublicCriterion.overallSatisfaction());
    }

    /**
     * Moves the window, keeping the old one on record with the reason. Only a round that has
     * not closed can move.
     */
    public Postponement postpone(ReviewWindow newWindow, String reasonKo, String reasonEn,
            String decidedBy, Instant decidedAt) {
        if (status != RoundStatus.SCHEDULED && status != RoundStatus.OPEN) {
            throw new DomainRuleViolation("round.postpone.notAllowed", number, status);
        }
        if (newWindow.equals(window)) {
            throw new DomainRuleViolation("round.postpone.sameWindow");
        }
        Postponement postponement = new Postponement(window, newWindow, reasonKo, reasonEn, decidedBy, decidedAt);
        postponements.add(postponement);
        window = newWindow;
        return postponement;
    }

    /** The round starts accepting evaluations. */
    public void open() {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        status = RoundStatus.OPEN;
    }

    /** The round stops accepting evaluations; results are provisional until published. */
    public void close() {
        requireStatus(RoundStatus.OPEN, "round.close.notOpen");
        status = RoundStatus.CLOSED;
    }

    /** Results become public. */
    public void publish() {
        requireStatus(RoundStatus.CLOSED, "round.publish.notClosed");
        status = RoundStatus.PUBLISHED;
    }

    /** Citizens may cast or change ballots only while the round is open. */
    public boolean acceptsBallots() {
        return status == RoundStatus.OPEN;
    }

    private void requireStatus(RoundStatus required, String messageKey) {
        if (status != required) {
            throw new DomainRuleViolation(messageKey, number, status);
        }
    }

    /** The public criteria citizens rate every team on, in order. */
    public List<PublicCriterion> getPublicCriteria() {
        return List.copyOf(publicCriteria);
    }

    public WindowPhase phaseAt(Instant now) {
        if (now.isBefore(window.opensAt())) {
            return WindowPhase.UPCOMING;
        }
        return window.contains(now) ? WindowPhase.IN_WINDOW : WindowPhase.ENDED;
    }

    public boolean isPostponed() {
        return !postponements.isEmpty();
    }

    /** The window first planned, before any postponement. */
    public ReviewWindow originalWindow() {
        return postponements.isEmpty() ? window : postponements.get(0).oldWindow();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public ReviewWindow getWindow() {
        return window;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getPlannedEliminations() {
        return plannedEliminations;
    }

    public List<Postponement> getPostponements() {
        return List.copyOf(postponements);
    }

    public long getVersion() {
        return version;
    }
}
