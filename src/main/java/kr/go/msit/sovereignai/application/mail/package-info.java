/**
 * Mail to people, through a database outbox (issue 25): a mail is a row written in the transaction of the change it
 * reports ({@link kr.go.msit.sovereignai.application.mail.MailQueue}), delivered after the commit and, failing that,
 * by any node's sweep ({@link kr.go.msit.sovereignai.application.mail.MailDelivery}), each row claimed by one node
 * at a time. The outbox table and the SMTP server are ports the infrastructure implements.
 */
package kr.go.msit.sovereignai.application.mail;
