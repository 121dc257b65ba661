package kr.go.msit.sovereignai.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One state change, appended and never altered: who, when, what, the state before and after,
 * and a SHA-256 hash chained to the previous entry, so any later edit or deletion shows.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Position in the chain, from 1, without gaps. */
    @Id
    @Column(name = "sequence_number", updatable = false)
    private long sequence;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "before_state", updatable = false, length = 4000)
    private String before;

    @Column(name = "after_state", updatable = false, length = 4000)
    private String after;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {}

    /** The entry that follows {@code previous} (null for the first one). */
    public static AuditEntry after(
            AuditEntry previous, Instant at, String actor, String action, String subject, String before, String after) {
        AuditEntry entry = new AuditEntry();
        entry.sequence = previous == null ? 1 : previous.sequence + 1;
        entry.previousHash = previous == null ? GENESIS : previous.hash;
        // The database keeps microseconds; the hash must cover exactly what is stored.
        entry.recordedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        entry.actor = actor;
        entry.action = action;
        entry.subject = clip(subject, 500);
        entry.before = clip(before, 4000);
        entry.after = clip(after, 4000);
        entry.hash = entry.computeHash();
        return entry;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The hash this entry must carry given its content and the previous hash. */
    public String computeHash() {
        String content = String.join(
                "\u001f",
                String.valueOf(sequence),
                previousHash,
                recordedAt.toString(),
                actor,
                action,
                subject,
                String.valueOf(before),
                String.valueOf(after));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
