package kr.go.msit.sovereignai.domain.tally;

/** A team's line of a result as it was published, with the team's names at that moment. */
public record PublishedLine(String teamNameKo, String teamNameEn, TeamResult result) {
}
