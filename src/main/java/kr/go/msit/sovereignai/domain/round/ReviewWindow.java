package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.KoreanTime;

/** When a round accepts evaluations: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
@Embeddable
public class ReviewWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected ReviewWindow() {}

    public ReviewWindow(Instant opensAt, Instant closesAt) {
        if (opensAt == null || closesAt == null) {
            throw new DomainRuleViolation("window.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new DomainRuleViolation("window.closesBeforeOpens");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** From the start of {@code firstDay} to the end of {@code lastDay}, Korean time. */
    public static ReviewWindow wholeDays(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null) {
            throw new DomainRuleViolation("window.required");
        }
        return new ReviewWindow(
                firstDay.atStartOfDay(KoreanTime.ZONE).toInstant(),
                lastDay.plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant());
    }

    /**
     * The first and last Korean calendar day when the window runs from midnight to midnight,
     * so it can be shown as "1 to 15 January" rather than as instants.
     */
    public Optional<Days> asWholeDays() {
        ZonedDateTime opens = opensAt.atZone(KoreanTime.ZONE);
        ZonedDateTime closes = closesAt.atZone(KoreanTime.ZONE);
        if (!opens.toLocalTime().equals(LocalTime.MIDNIGHT)
                || !closes.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        return Optional.of(new Days(opens.toLocalDate(), closes.toLocalDate().minusDays(1)));
    }

    /** A run of whole Korean calendar days, both ends included. */
    public record Days(LocalDate first, LocalDate last) implements Serializable {}

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    /** The same window {@code months} calendar months later, Korean time. */
    public ReviewWindow shiftedByMonths(int months) {
        return new ReviewWindow(
                opensAt.atZone(KoreanTime.ZONE).plusMonths(months).toInstant(),
                closesAt.atZone(KoreanTime.ZONE).plusMonths(months).toInstant());
    }

    /** At {@code now} the window's end has come: from then on no evaluation is accepted, whatever the status. */
    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewWindow window
                && opensAt.equals(window.opensAt)
                && closesAt.equals(window.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(opensAt, closesAt);
    }

    @Override
    public String toString() {
        return "[" + opensAt + ", " + closesAt + ")";
    }
}
