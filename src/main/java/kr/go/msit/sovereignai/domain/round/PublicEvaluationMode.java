package kr.go.msit.sovereignai.domain.round;

/**
 * How citizens evaluate in a round: a blind pairwise {@code ARENA} on a committed prompt set (the
 * default for a round that has not opened), or the {@code RATING} ballot (each team rated 1–5 by
 * name), kept for rounds that opened with it.
 */
public enum PublicEvaluationMode {
    ARENA,
    RATING
}
