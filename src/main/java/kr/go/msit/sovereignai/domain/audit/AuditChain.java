package kr.go.msit.sovereignai.domain.audit;

import java.util.List;
import java.util.OptionalLong;

/** Checks an audit log from its first entry: every entry's hash and every link to the previous one. */
public final class AuditChain {

    private AuditChain() {}

    /** The sequence number of the first entry that breaks the chain, or empty when all verify. */
    public static OptionalLong firstBrokenLink(List<AuditEntry> entriesInOrder) {
        String previousHash = AuditEntry.GENESIS;
        long expectedSequence = 1;
        for (AuditEntry entry : entriesInOrder) {
            if (entry.getSequence() != expectedSequence
                    || !entry.getPreviousHash().equals(previousHash)
                    || !entry.computeHash().equals(entry.getHash())) {
                return OptionalLong.of(expectedSequence);
            }
            previousHash = entry.getHash();
            expectedSequence++;
        }
        return OptionalLong.empty();
    }
}
