package kr.go.msit.sovereignai.domain.tally;

import kr.go.msit.sovereignai.domain.LocalizedText;

/** A team's line of a result as it was published, with the team's names at that moment. */
public record PublishedLine(LocalizedText teamName, TeamResult result) {
}
