package kr.go.msit.sovereignai.application.accounts;

/**
 * An account's credentials generation moved on (its password changed, it was disabled): fired by the use case so the
 * node that made the change stops trusting its cached generation at once (other nodes within {@link
 * CredentialGenerations#FRESH_FOR}).
 */
public record CredentialsChanged(String email) {}
