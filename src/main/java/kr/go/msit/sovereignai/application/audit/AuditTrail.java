package kr.go.msit.sovereignai.application.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditChain;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import kr.go.msit.sovereignai.domain.audit.AuditRepository;

/**
 * Appends every state change ({@link StateChange}, fired by the use cases) to the hash-chained
 * audit log, in the transaction of the change itself (a change that rolls back leaves no entry). Citizens' ballots are deliberately not
 * logged here: the log names its actors, and ballots are secret.
 */
@Stateless
public class AuditTrail {

    private final AuditRepository audit;
    private final Principal caller;
    private final Clock clock;

    @Inject
    public AuditTrail(AuditRepository audit, Principal caller, Clock clock) {
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected AuditTrail() {
        this(null, null, null);
    }

    /** Appends a state change a use case fired, in that use case's transaction (observers run in the firing one). */
    @PermitAll
    public void record(@Observes(during = TransactionPhase.IN_PROGRESS) StateChange change) {
        String actor = caller == null || "anonymous".equals(caller.getName()) ? "system" : caller.getName();
        AuditEntry previous = audit.lockHead().orElse(null);
        audit.append(AuditEntry.after(
                previous,
                clock.instant(),
                actor,
                change.action().name(),
                change.subject(),
                change.before(),
                change.after()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> latest(int count) {
        return audit.latest(Math.max(1, Math.min(count, 1000)));
    }

    /** Checks the whole chain; the sequence number of the first broken entry, or empty. */
    @RolesAllowed(Role.ADMIN_NAME)
    public OptionalLong verify() {
        return AuditChain.firstBrokenLink(audit.all());
    }
}
