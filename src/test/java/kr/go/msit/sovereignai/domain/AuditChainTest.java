package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.domain.audit.AuditChain;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditEntry.after(
                    previous,
                    Instant.parse("2026-01-05T00:00:00Z").plusSeconds(i),
                    "admin@example.kr",
                    "ROUND_CLOSED_NOW",
                    "review " + i,
                    "OPEN",
                    "CLOSED");
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEntry> entries = chain(5);
        assertTrue(AuditChain.firstBrokenLink(entries).isEmpty());
        assertEquals(AuditEntry.GENESIS, entries.get(0).getPreviousHash());
        assertEquals(entries.get(2).getHash(), entries.get(3).getPreviousHash());
    }

    @Test
    void theHashCoversTheInstantAsTheDatabaseKeepsIt() {
        AuditEntry entry =
                AuditEntry.after(null, Instant.parse("2026-01-05T00:00:00.123456789Z"), "a", "X", "s", null, null);
        assertEquals(
                Instant.parse("2026-01-05T00:00:00.123456Z"),
                entry.getRecordedAt(),
                "microseconds, as TIMESTAMP(6) stores");
        assertTrue(AuditChain.firstBrokenLink(List.of(entry)).isEmpty());
    }

    @Test
    void aDeletedEntryBreaksTheChainWhereItWas() {
        List<AuditEntry> entries = chain(5);
        entries.remove(2);
        assertEquals(3, AuditChain.firstBrokenLink(entries).getAsLong());
    }

    @Test
    void anEditedEntryIsFoundByItsHash() {
        List<AuditEntry> entries = chain(5);
        AuditEntry original = entries.get(3);
        AuditEntry forged = AuditEntry.after(
                entries.get(2),
                original.getRecordedAt(),
                "someone@else",
                original.getAction(),
                original.getSubject(),
                original.getBefore(),
                original.getAfter());
        entries.set(3, forged);
        assertEquals(
                5,
                AuditChain.firstBrokenLink(entries).getAsLong(),
                "a rewritten entry no longer matches the next link");
    }
}
