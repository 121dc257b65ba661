package kr.go.msit.sovereignai.domain.audit;

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
}
