/**
 * Mail to people about their accounts: the texts, posted to the outbox ({@code application/mail}); the SMTP transport
 * through WildFly's mail subsystem ({@code java:jboss/mail/platform}); the outbox's one-minute sweep.
 */
package kr.go.msit.sovereignai.infrastructure.mail;
