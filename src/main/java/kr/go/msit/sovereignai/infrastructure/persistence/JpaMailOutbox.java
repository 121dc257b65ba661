package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.application.mail.MailOutbox;
import kr.go.msit.sovereignai.application.mail.OutgoingMail;

@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public long add(String recipient, String subject, String body, Instant createdAt) {
        OutboxMailRow row = new OutboxMailRow(recipient, subject, body, createdAt);
        entityManager.persist(row);
        entityManager.flush();
        return row.getId();
    }

    @Override
    public Optional<OutgoingMail> claim(long id, String node, Instant now, Instant until, boolean onlyWhenDue) {
        // One conditional update: of concurrent claims, on any node, exactly one finds the row unsent and unclaimed
        // (PostgreSQL and H2 make a second writer wait for the first's row lock, then re-check the condition).
        int claimed = entityManager
                .createQuery("UPDATE OutboxMailRow m SET m.claimedBy = :node, m.claimedUntil = :until"
                        + " WHERE m.id = :id AND m.sentAt IS NULL AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)"
                        + (onlyWhenDue ? " AND m.nextAttemptAt <= :now" : ""))
                .setParameter("node", node)
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        // Loaded after the update, in this transaction's fresh persistence context: the row as claimed.
        OutboxMailRow row = entityManager.find(OutboxMailRow.class, id);
        return Optional.of(
                new OutgoingMail(row.getId(), row.getRecipient(), row.getSubject(), row.getBody(), row.getAttempts()));
    }

    @Override
    public void markSent(long id, Instant sentAt) {
        entityManager
                .createQuery("UPDATE OutboxMailRow m SET m.sentAt = :at, m.claimedUntil = NULL, m.body = ''"
                        + " WHERE m.id = :id AND m.sentAt IS NULL")
                .setParameter("at", sentAt)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void recordFailure(long id, String node, Instant nextAttemptAt, String error) {
        entityManager
                .createQuery("UPDATE OutboxMailRow m SET m.attempts = m.attempts + 1, m.nextAttemptAt = :next,"
                        + " m.lastError = :error, m.claimedBy = NULL, m.claimedUntil = NULL"
                        + " WHERE m.id = :id AND m.claimedBy = :node AND m.sentAt IS NULL")
                .setParameter("next", nextAttemptAt)
                .setParameter("error", error)
                .setParameter("id", id)
                .setParameter("node", node)
                .executeUpdate();
    }

    @Override
    public List<Long> due(Instant now, int maxAttempts, int limit) {
        // Served by ix_mail_outbox_due (sent_at, next_attempt_at).
        return entityManager
                .createQuery(
                        "SELECT m.id FROM OutboxMailRow m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                                + " AND m.attempts < :max AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)"
                                + " ORDER BY m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("now", now)
                .setParameter("max", maxAttempts)
                .setMaxResults(limit)
                .getResultList();
    }
}
