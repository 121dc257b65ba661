package kr.go.msit.sovereignai.domain.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;

/** The competition: how often it reviews, how many teams leave per review, how many remain. */
@Entity
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "name_ko", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "ministry_ko", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "ministry_en", nullable = false))
    })
    private LocalizedText ministry;

    @Column(name = "review_interval_months", nullable = false)
    private int reviewIntervalMonths;

    @Column(name = "finalists_wanted", nullable = false)
    private int finalistsWanted;

    @Column(name = "eliminations_per_review", nullable = false)
    private int eliminationsPerReview;

    @Version
    private long version;

    protected Programme() {}

    public Programme(
            LocalizedText name,
            LocalizedText ministry,
            int reviewIntervalMonths,
            int finalistsWanted,
            int eliminationsPerReview) {
        if (reviewIntervalMonths < 1) {
            throw new DomainRuleViolation("programme.interval.positive");
        }
        if (finalistsWanted < 1) {
            throw new DomainRuleViolation("programme.finalists.positive");
        }
        if (eliminationsPerReview < 0) {
            throw new DomainRuleViolation("programme.eliminations.nonNegative");
        }
        this.name = name;
        this.ministry = ministry;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.finalistsWanted = finalistsWanted;
        this.eliminationsPerReview = eliminationsPerReview;
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getMinistry() {
        return ministry;
    }

    public int getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public int getFinalistsWanted() {
        return finalistsWanted;
    }

    public int getEliminationsPerReview() {
        return eliminationsPerReview;
    }
}
