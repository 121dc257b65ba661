package kr.go.msit.sovereignai.application;

/**
 * Fired (as a CDI event) by every use case that changes a round or a team: what the public pages
 * keep in memory about the open round and its teams is read afresh ({@link PublicEvaluationCache}).
 */
public record RoundsOrTeamsChanged() {
}
