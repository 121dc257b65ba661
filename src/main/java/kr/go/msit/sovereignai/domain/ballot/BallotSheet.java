package kr.go.msit.sovereignai.domain.ballot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * What a ballot in a round must contain: a rating for every team still in the race on every
 * public criterion, and nothing else. Checks a citizen's ratings before anything is stored.
 */
public record BallotSheet(Set<Long> teamIds, Set<Long> criterionIds) {

    public BallotSheet {
        teamIds = Set.copyOf(teamIds);
        criterionIds = Set.copyOf(criterionIds);
    }

    /**
     * The ratings as a complete ballot, ordered by team then criterion. Missing, duplicate,
     * unknown or out-of-range answers are refused as a whole.
     */
    public List<Rating> complete(Map<Long, Map<Long, Integer>> ratingsByTeamAndCriterion) {
        List<Rating> ratings = new ArrayList<>();
        for (Map.Entry<Long, Map<Long, Integer>> team : ratingsByTeamAndCriterion.entrySet()) {
            if (!teamIds.contains(team.getKey())) {
                throw new DomainRuleViolation("ballot.unknownTeam");
            }
            for (Map.Entry<Long, Integer> answer : team.getValue().entrySet()) {
                if (!criterionIds.contains(answer.getKey())) {
                    throw new DomainRuleViolation("ballot.unknownCriterion");
                }
                if (answer.getValue() != null) {
                    ratings.add(new Rating(team.getKey(), answer.getKey(), answer.getValue()));
                }
            }
        }
        return complete(ratings);
    }

    /** The same check for ratings already built. */
    public List<Rating> complete(Collection<Rating> ratings) {
        Set<String> answered = new HashSet<>();
        for (Rating rating : ratings) {
            if (!teamIds.contains(rating.teamId())) {
                throw new DomainRuleViolation("ballot.unknownTeam");
            }
            if (!criterionIds.contains(rating.criterionId())) {
                throw new DomainRuleViolation("ballot.unknownCriterion");
            }
            if (!answered.add(rating.teamId() + "/" + rating.criterionId())) {
                throw new DomainRuleViolation("ballot.duplicateRating");
            }
        }
        if (answered.size() != teamIds.size() * criterionIds.size()) {
            throw new DomainRuleViolation("ballot.incomplete");
        }
        return ratings.stream()
                .sorted(Comparator.comparingLong(Rating::teamId).thenComparingLong(Rating::criterionId))
                .toList();
    }
}
