package kr.go.msit.sovereignai.application.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.go.msit.sovereignai.domain.scoring.ReviewRepository;

/**
 * Writes down requests refused for lack of right in a transaction of its own, so the record
 * survives the rollback of the refused use case.
 */
@Stateless
@PermitAll
public class RefusalLog {

    private final ReviewRepository reviews;

    @Inject
    public RefusalLog(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** For the container's proxies only. */
    protected RefusalLog() {
        this(null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String detail) {
        reviews.recordRefusal(actor, action, detail);
    }
}
