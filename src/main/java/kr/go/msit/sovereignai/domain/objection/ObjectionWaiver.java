package kr.go.msit.sovereignai.domain.objection;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/**
 * A team's waiver of its right to object to a published result, as an administrator records it:
 * who waived for the team, when and in what form. The objection period ends early once every team
 * the result eliminated or disqualified has waived ({@link #periodEndsAt}); teams that advance have
 * nothing to lose and are not waited for.
 */
public record ObjectionWaiver(
        long teamId, String waivedBy, Instant waivedAt, Form form, String recordedBy, Instant recordedAt)
        implements Serializable {

    public static final int MAX_WAIVED_BY = 200;

    /** How the waiver was given. */
    public enum Form {
        /** A signed letter or form. */
        WRITTEN,
        /** An official document of the consortium's lead organisation. */
        OFFICIAL_LETTER,
        /** An email from the consortium's registered contact. */
        EMAIL
    }

    /**
     * A waiver for {@code teamId} of {@code round}, recorded at {@code now}: refused outside the
     * objection period, for a team the result did not eliminate or disqualify ({@code affected}),
     * for a team that has waived already ({@code earlier}), without who waived or its form, or
     * dated before publication or after now.
     */
    public static ObjectionWaiver record(
            ReviewRound round,
            Set<Long> affected,
            Collection<ObjectionWaiver> earlier,
            long teamId,
            String waivedBy,
            Instant waivedAt,
            Form form,
            String recordedBy,
            Instant now) {
        if (!round.announcement().acceptsObjectionsAt(now)) {
            throw new DomainRuleViolation("objection.periodClosed", round.getNumber());
        }
        if (!affected.contains(teamId)) {
            throw new DomainRuleViolation("waiver.teamNotAffected");
        }
        if (earlier.stream().anyMatch(w -> w.teamId() == teamId)) {
            throw new DomainRuleViolation("waiver.already");
        }
        if (waivedBy == null || waivedBy.isBlank()) {
            throw new DomainRuleViolation("waiver.waivedBy.required");
        }
        if (waivedBy.strip().length() > MAX_WAIVED_BY) {
            throw new DomainRuleViolation("text.tooLongMax", MAX_WAIVED_BY);
        }
        if (form == null) {
            throw new DomainRuleViolation("waiver.form.required");
        }
        // Dated to the minute (as a form takes it): the minute of publication counts as after it.
        Instant publicationMinute = round.announcement().publishedAt().truncatedTo(ChronoUnit.MINUTES);
        if (waivedAt == null || waivedAt.isAfter(now) || waivedAt.isBefore(publicationMinute)) {
            throw new DomainRuleViolation("waiver.waivedAt.invalid");
        }
        return new ObjectionWaiver(teamId, waivedBy.strip(), waivedAt, form, recordedBy, now);
    }

    /**
     * When the objection period ends early: the last waiver's instant once every team in
     * {@code affected} has waived; empty while one has not (or when no team was eliminated or
     * disqualified: then the period runs its course).
     */
    public static Optional<Instant> periodEndsAt(Set<Long> affected, List<ObjectionWaiver> waivers) {
        if (affected.isEmpty()
                || !waivers.stream().map(ObjectionWaiver::teamId).toList().containsAll(affected)) {
            return Optional.empty();
        }
        return waivers.stream()
                .filter(w -> affected.contains(w.teamId()))
                .map(ObjectionWaiver::waivedAt)
                .max(Instant::compareTo);
    }

    /** The waiver in one line, for the audit log. */
    public String describe() {
        return "team " + teamId + " waived by " + waivedBy + " at " + waivedAt + " (" + form + ")";
    }
}
