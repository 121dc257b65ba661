package kr.go.msit.sovereignai.application.accounts;

/**
 * An account's credentials generation moved on (its password changed, it was disabled): fired by the use case so the
 * node that made the change stops trusting its cached generation at once, and every other node at its next request
 * (the change's invalidation mark).
 */
public record CredentialsChanged(String email) {}
