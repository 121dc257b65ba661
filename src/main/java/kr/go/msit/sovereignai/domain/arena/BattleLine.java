package kr.go.msit.sovereignai.domain.arena;

import java.time.Instant;

/** One issued battle as the open data and the tally read it (outcome, receipt and votedAt null while unvoted). */
public record BattleLine(
        long battleId,
        long promptId,
        long teamA,
        long teamB,
        long citizenId,
        ArenaOutcome outcome,
        String receipt,
        Instant issuedAt,
        Instant votedAt) {}
