package kr.go.msit.sovereignai.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The competition: how often it reviews, how many teams leave per review, how many remain. */
@Entity
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_ko", nullable = false)
    private String nameKo;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "ministry_ko", nullable = false)
    private String ministryKo;

    @Column(name = "ministry_en", nullable = false)
    private String ministryEn;

    @Column(name = "review_interval_months", nullable = false)
    private int reviewIntervalMonths;

    @Column(name = "finalists_wanted", nullable = false)
    private int finalistsWanted;

    @Column(name = "eliminations_per_review", nullable = false)
    private int eliminationsPerReview;

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String nameKo, String nameEn, String ministryKo, String ministryEn,
            int reviewIntervalMonths, int finalistsWanted, int eliminationsPerReview) {
        if (reviewIntervalMonths < 1) {
            throw new DomainRuleViolation("programme.interval.positive");
        }
        if (finalistsWanted < 1) {
            throw new DomainRuleViolation("programme.finalists.positive");
        }
        if (eliminationsPerReview < 0) {
            throw new DomainRuleViolation("programme.eliminations.nonNegative");
        }
        this.nameKo = nameKo;
        this.nameEn = nameEn;
        this.ministryKo = ministryKo;
        this.ministryEn = ministryEn;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.finalistsWanted = finalistsWanted;
        this.eliminationsPerReview = eliminationsPerReview;
    }

    public Long getId() {
        return id;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getMinistryKo() {
        return ministryKo;
    }

    public String getMinistryEn() {
        return ministryEn;
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
