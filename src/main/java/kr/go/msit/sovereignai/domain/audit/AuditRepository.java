package kr.go.msit.sovereignai.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AuditRepository {

    /** The last entry, read under a lock held until the transaction ends, so appends form one chain. */
    Optional<AuditEntry> lockHead();

    void append(AuditEntry entry);

    /** Every entry from the first, in order. */
    List<AuditEntry> all();

    /** The latest entries, newest first. */
    List<AuditEntry> latest(int count);

    /** Keeps a request refused for lack of right (not a state change, so outside the chain), for administrators to read. */
    void recordRefusal(String actor, String action, String detail, Instant refusedAt);
}
