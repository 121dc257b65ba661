/**
 * The audit trail: every use case fires a {@link kr.go.msit.sovereignai.application.audit.StateChange},
 * which is appended to the hash-chained log in the change's own transaction; requests refused for
 * lack of right are kept in a transaction of their own.
 */
package kr.go.msit.sovereignai.application.audit;
