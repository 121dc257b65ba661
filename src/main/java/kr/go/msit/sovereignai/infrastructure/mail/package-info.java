/** Mail to people about their accounts, through WildFly's mail subsystem ({@code java:jboss/mail/platform}). */
package kr.go.msit.sovereignai.infrastructure.mail;
