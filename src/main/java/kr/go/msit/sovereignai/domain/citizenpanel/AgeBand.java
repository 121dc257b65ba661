package kr.go.msit.sovereignai.domain.citizenpanel;

import java.time.Instant;
import kr.go.msit.sovereignai.domain.KoreanTime;

/**
 * The panel's five age bands. A volunteer's age is the year of the volunteering deadline (Korean time) minus their
 * birth year, so the whole pool is banded at one instant and a band never changes while volunteers wait; under 19 is
 * refused.
 */
public enum AgeBand {
    AGE_19_29("19-29", 19),
    AGE_30_39("30-39", 30),
    AGE_40_49("40-49", 40),
    AGE_50_59("50-59", 50),
    AGE_60_PLUS("60+", 60);

    public static final int MINIMUM_AGE = 19;

    private final String code;
    private final int from;

    AgeBand(String code, int from) {
        this.code = code;
        this.from = from;
    }

    /** The code as in {@code FeatureSpace.ministry()} ({@code 19-29} ... {@code 60+}). */
    public String code() {
        return code;
    }

    public static int age(int birthYear, Instant deadline) {
        return deadline.atZone(KoreanTime.ZONE).getYear() - birthYear;
    }

    /** The band of a birth year at the deadline; {@link TooYoungToVolunteer} under 19. */
    public static AgeBand of(int birthYear, Instant deadline) {
        int age = age(birthYear, deadline);
        if (age < MINIMUM_AGE) {
            throw new TooYoungToVolunteer(MINIMUM_AGE);
        }
        AgeBand band = AGE_19_29;
        for (AgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }
}
