package kr.go.msit.sovereignai.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a sweep counts as run recently: within the period less its margin, either way round, and never without a record. */
class SweepLeaseTest {

    private static final Instant NOW = Instant.parse("2026-08-03T01:05:00Z");
    private static final Duration WITHIN = Duration.ofMinutes(4);

    @Test
    void aRunLessThanThePeriodLessItsMarginAgoCountsAndAnOlderOneDoesNot() {
        assertTrue(SweepLease.startedWithin(NOW.minusSeconds(1).toString(), NOW, WITHIN));
        assertTrue(SweepLease.startedWithin(NOW.minus(Duration.ofMinutes(3)).toString(), NOW, WITHIN));
        assertFalse(SweepLease.startedWithin(NOW.minus(Duration.ofMinutes(4)).toString(), NOW, WITHIN));
        assertFalse(SweepLease.startedWithin(NOW.minus(Duration.ofMinutes(5)).toString(), NOW, WITHIN));
    }

    @Test
    void anotherNodesClockALittleAheadStillCountsAndAFarOneDoesNot() {
        assertTrue(SweepLease.startedWithin(NOW.plusSeconds(3).toString(), NOW, WITHIN));
        assertFalse(SweepLease.startedWithin(NOW.plus(Duration.ofHours(2)).toString(), NOW, WITHIN));
    }

    @Test
    void noRecordOrNoSkippingNeverCounts() {
        assertFalse(SweepLease.startedWithin("never", NOW, WITHIN));
        assertFalse(SweepLease.startedWithin(NOW.toString(), NOW, Duration.ZERO));
    }
}
