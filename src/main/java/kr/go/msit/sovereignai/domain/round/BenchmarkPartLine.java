package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;

/** One part of a round's benchmark plan as the round keeps it; a COMMON part's benchmark names are kept beside it. */
@Embeddable
class BenchmarkPartLine {

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "label_ko", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", nullable = false))
    })
    private LocalizedText label;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private BenchmarkKind kind;

    @Column(name = "team_chosen", nullable = false)
    private int teamChosen;

    protected BenchmarkPartLine() {}

    BenchmarkPartLine(BenchmarkPart part) {
        this.label = part.label();
        this.maxPoints = part.maxPoints();
        this.kind = part.kind();
        this.teamChosen = part.teamChosen();
    }

    BenchmarkPart part(List<String> benchmarks) {
        return new BenchmarkPart(label, maxPoints, kind, benchmarks, teamChosen);
    }
}
