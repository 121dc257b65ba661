package kr.go.msit.sovereignai.application.mail;

/** A mail in the outbox as a node that claimed it sees it: {@code attempts} is the number of failed ones so far. */
public record OutgoingMail(long id, String recipient, String subject, String body, int attempts) {}
