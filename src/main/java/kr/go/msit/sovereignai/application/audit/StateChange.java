package kr.go.msit.sovereignai.application.audit;

import kr.go.msit.sovereignai.domain.audit.AuditAction;

/**
 * A state change a use case made, fired as a CDI event. {@link AuditTrail} appends it to the
 * audit log in the change's own transaction (a change that rolls back leaves no entry), and
 * what the public pages keep in memory about rounds and teams follows it: firing the one event
 * is all a use case does for both.
 */
public record StateChange(AuditAction action, String subject, String before, String after) {}
