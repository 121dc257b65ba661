package kr.go.msit.sovereignai.domain.benchmark;

import java.time.Instant;

/** A team's declared target changed after the round opened (its rules were frozen): kept with its reason, before and after. */
public record BenchmarkTargetOverride(
        long teamId,
        BenchmarkSlot slot,
        String reason,
        String before,
        String after,
        String changedBy,
        Instant changedAt)
        implements java.io.Serializable {

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;
}
