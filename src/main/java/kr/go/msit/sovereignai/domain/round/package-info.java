/**
 * The review round aggregate: {@code ReviewRound} (identity, number, status, roster, every transition and
 * guard) with its embedded parts {@code Timeline}, {@code Rulebook} and {@code Announcement}, and the values
 * they hold. No container, web or persistence code beyond the JPA mapping; the repository is a port.
 */
package kr.go.msit.sovereignai.domain.round;
