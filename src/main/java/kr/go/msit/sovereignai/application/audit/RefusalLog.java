package kr.go.msit.sovereignai.application.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import kr.go.msit.sovereignai.domain.audit.AuditRepository;

/**
 * Writes down requests refused for lack of right in a transaction of its own, so the record
 * survives the rollback of the refused use case.
 */
@Stateless
@PermitAll
public class RefusalLog {

    private final AuditRepository audit;
    private final Clock clock;

    @Inject
    public RefusalLog(AuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected RefusalLog() {
        this(null, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String detail) {
        audit.recordRefusal(actor, action, detail, clock.instant());
    }
}
