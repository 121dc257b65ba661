package kr.go.msit.sovereignai.domain.round;

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
