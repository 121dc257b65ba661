package kr.go.msit.sovereignai.application.arena;

import java.time.Instant;
import java.util.Optional;
import kr.go.msit.sovereignai.application.arena.ArenaViews.Commitment;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublicEvaluationRules;
import kr.go.msit.sovereignai.domain.arena.PromptSet;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/** Reads a round's public-evaluation rules and prompt commitment into their views (one place for both services). */
final class ArenaReading {

    private ArenaReading() {}

    static Commitment commitment(PromptSet set, Instant now) {
        return new Commitment(
                set.getSha256(), set.getPromptCount(), set.getCommittedAt(), set.getReleaseAt(), set.isReleasedAt(now));
    }

    static PublicEvaluationRules rules(ReviewRound round, Optional<PromptSet> set, Instant now) {
        return new PublicEvaluationRules(
                round.rulebook().publicMode(),
                round.rulebook().arenaPlan(),
                round.rulebook().arenaBattleCap(),
                set.map(s -> commitment(s, now)).orElse(null),
                round.rulebook().requiresVerifiedIdentity());
    }
}
