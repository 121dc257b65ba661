package kr.go.msit.sovereignai.application.ballot;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.round.PublicCriterion;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;

/** What the public evaluation shows, as plain records: no entity leaves the use case. */
public final class BallotViews {

    private BallotViews() {}

    /** The ballot of the round now open: the teams to rate and the questions to answer. */
    public record OpenBallot(
            int roundNumber, ReviewWindow window, List<TeamChoice> teams, List<CriterionChoice> criteria)
            implements Serializable {}

    public record TeamChoice(long id, String code, LocalizedText name, String modelName, String demoUrl)
            implements Serializable {}

    /** One of a round's public criteria: the question citizens answer for every team. */
    public record CriterionChoice(long id, LocalizedText label) implements Serializable {

        public static CriterionChoice of(PublicCriterion criterion) {
            return new CriterionChoice(criterion.getId(), criterion.getLabel());
        }
    }

    /** A citizen's own current ballot: ratings by team, then by criterion. */
    public record MyBallot(BallotAnswers ratings, String receipt, Instant castAt, int revision, long version)
            implements Serializable {}

    /** What a citizen gets back for an accepted ballot: the ballot as now stored, and the turnout. */
    public record Cast(MyBallot ballot, long turnout) implements Serializable {

        public String receipt() {
            return ballot.receipt();
        }
    }

    /** Everything the ballot page shows a citizen, read in one use case. */
    public record CitizensBallot(OpenBallot ballot, MyBallot mine, long turnout) implements Serializable {}

    /** One counted ballot on the public bulletin: its receipt and ratings, never who cast it. */
    public record BulletinEntry(String receipt, BallotAnswers ratings) implements Serializable {}
}
