package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One benchmark named by the round in a COMMON part of its plan; the round keeps them in one ordered list, part by part. */
@Embeddable
class CommonBenchmarkLine {

    @Column(name = "part_position", nullable = false)
    private int part;

    @Column(name = "name", nullable = false)
    private String name;

    protected CommonBenchmarkLine() {}

    CommonBenchmarkLine(int part, String name) {
        this.part = part;
        this.name = name;
    }

    int part() {
        return part;
    }

    String name() {
        return name;
    }
}
