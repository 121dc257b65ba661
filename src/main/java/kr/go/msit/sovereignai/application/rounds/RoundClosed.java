package kr.go.msit.sovereignai.application.rounds;

/**
 * A round was closed, by its schedule or by an administrator: fired as a CDI event in the close's transaction, so an
 * observer {@code during = AFTER_SUCCESS} acts only on a close that committed (the arena's analysis at its close).
 */
public record RoundClosed(int roundNumber) {}
