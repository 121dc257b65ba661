package kr.go.msit.sovereignai.domain.ballot;

import java.util.Collection;
import java.util.List;
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
     * The answers as a complete ballot, ordered by team then criterion. Missing or unknown
     * answers are refused as a whole (out-of-range and duplicate ones never make answers).
     */
    public List<Rating> complete(BallotAnswers answers) {
        for (BallotAnswers.TeamAnswers team : answers.teams()) {
            if (!teamIds.contains(team.teamId())) {
                throw new DomainRuleViolation("ballot.unknownTeam");
            }
            for (Long criterion : team.byCriterion().keySet()) {
                if (!criterionIds.contains(criterion)) {
                    throw new DomainRuleViolation("ballot.unknownCriterion");
                }
            }
        }
        if (answers.size() != teamIds.size() * criterionIds.size()) {
            throw new DomainRuleViolation("ballot.incomplete");
        }
        return answers.ratings();
    }

    /** The same check for ratings already built. */
    public List<Rating> complete(Collection<Rating> ratings) {
        return complete(BallotAnswers.of(ratings));
    }
}
