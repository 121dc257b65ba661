package kr.go.msit.sovereignai.domain.ballot;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A ballot's answers: ratings by team, then by criterion, each within {@link Rating}'s range,
 * at most one per team and criterion. Immutable; built from a ballot form's input or from a
 * stored ballot's {@link Rating} rows, and checked complete against a round's
 * {@link BallotSheet} before it is cast.
 */
public final class BallotAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SortedMap<Long, SortedMap<Long, Integer>> byTeam;

    private BallotAnswers(SortedMap<Long, SortedMap<Long, Integer>> byTeam) {
        SortedMap<Long, SortedMap<Long, Integer>> copy = new TreeMap<>();
        byTeam.forEach(
                (team, byCriterion) -> copy.put(team, Collections.unmodifiableSortedMap(new TreeMap<>(byCriterion))));
        this.byTeam = Collections.unmodifiableSortedMap(copy);
    }

    /** Answers being collected, e.g. from a ballot form. */
    public static Builder builder() {
        return new Builder();
    }

    /** The answers of stored ratings; two ratings of one team on one criterion are refused. */
    public static BallotAnswers of(Collection<Rating> ratings) {
        Builder builder = builder();
        ratings.forEach(rating -> builder.answer(rating.teamId(), rating.criterionId(), rating.value()));
        return builder.build();
    }

    /** The rating of a team on a criterion, or null if unanswered. */
    public Integer ratingOf(long teamId, long criterionId) {
        SortedMap<Long, Integer> byCriterion = byTeam.get(teamId);
        return byCriterion == null ? null : byCriterion.get(criterionId);
    }

    /** The answers team by team, in team id order (for display). */
    public List<TeamAnswers> teams() {
        return byTeam.entrySet().stream()
                .map(team -> new TeamAnswers(team.getKey(), team.getValue()))
                .toList();
    }

    /** The answers as ratings, ordered by team, then criterion. */
    public List<Rating> ratings() {
        List<Rating> ratings = new ArrayList<>();
        byTeam.forEach((team, byCriterion) ->
                byCriterion.forEach((criterion, value) -> ratings.add(new Rating(team, criterion, value))));
        return List.copyOf(ratings);
    }

    /** How many ratings were given. */
    public int size() {
        return byTeam.values().stream().mapToInt(Map::size).sum();
    }

    public boolean isEmpty() {
        return byTeam.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BallotAnswers answers && byTeam.equals(answers.byTeam);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byTeam);
    }

    @Override
    public String toString() {
        return byTeam.toString();
    }

    /** One team's answers: ratings by criterion, in criterion id order. */
    public record TeamAnswers(long teamId, SortedMap<Long, Integer> byCriterion) implements Serializable {

        public TeamAnswers {
            byCriterion = Collections.unmodifiableSortedMap(new TreeMap<>(byCriterion));
        }

        /** The rating on a criterion, or null if unanswered. */
        public Integer ratingOf(long criterionId) {
            return byCriterion.get(criterionId);
        }
    }

    /** Collects answers one by one; a blank (null) answer is left unanswered, an out-of-range one refused. */
    public static final class Builder {

        private final SortedMap<Long, SortedMap<Long, Integer>> byTeam = new TreeMap<>();

        private Builder() {}

        public Builder answer(long teamId, long criterionId, Integer value) {
            if (value == null) {
                return this;
            }
            Rating.requireInRange(value);
            if (byTeam.computeIfAbsent(teamId, team -> new TreeMap<>()).putIfAbsent(criterionId, value) != null) {
                throw new DomainRuleViolation("ballot.duplicateRating");
            }
            return this;
        }

        public BallotAnswers build() {
            return new BallotAnswers(byTeam);
        }
    }
}
