/**
 * The citizens' public evaluation: where a ballot is cast or changed ({@code PublicEvaluation.cast},
 * {@code change}), the turnout, the published bulletin of receipts, and the views the ballot
 * pages show. {@link kr.go.msit.sovereignai.application.ballot.BallotPageCache} is the port for the
 * in-memory reads that keep a ballot cheap.
 */
package kr.go.msit.sovereignai.application.ballot;
