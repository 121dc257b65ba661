package kr.go.msit.sovereignai.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.accounts.AccountMail;
import kr.go.msit.sovereignai.application.mail.DeliveryPolicy;
import kr.go.msit.sovereignai.application.mail.MailDelivery;

/**
 * The mail outbox seen and moved from the database, for {@link MailOutboxIT} (test archives only): mail posted in a
 * transaction that commits or rolls back, rows a dead node left behind written straight into {@code mail_outbox},
 * time passed for a row's next attempt, the sweep run now, a delivery attempted as a named node.
 */
@Stateless
@PermitAll
public class MailOutboxTestSupport {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountMail mail;

    @Inject
    MailDelivery delivery;

    @Resource
    SessionContext context;

    /** A confirmation mail posted in this transaction, which then commits or rolls back. */
    public void post(String address, boolean rollBack) {
        mail.sendConfirmationLink(address, "https://it.example/confirm-email.xhtml?link=outbox-test");
        if (rollBack) {
            context.setRollbackOnly();
        }
    }

    /**
     * A row as a node killed before or during its delivery leaves it: unsent, due ten minutes ago, and either claimed
     * by {@code dead-node} with a claim that ran out a minute ago, or never claimed. {@code due} false: due tomorrow
     * (the sweep leaves it alone). Its id.
     */
    public long leftBehind(String address, boolean claimed, boolean due) {
        Instant now = Instant.now();
        Instant nextAttempt = due ? now.minus(Duration.ofMinutes(10)) : now.plus(Duration.ofDays(1));
        // Literal NULLs, not null parameters: PostgreSQL cannot type an untyped null.
        String claim = claimed ? "?6, 'dead-node'" : "NULL, NULL";
        var insert = entityManager
                .createNativeQuery("INSERT INTO mail_outbox (recipient, subject, body, created_at, attempts,"
                        + " next_attempt_at, claimed_until, claimed_by) VALUES (?1, ?2, ?3, ?5, 0, ?4, " + claim + ")")
                .setParameter(1, address)
                .setParameter(2, "Left behind · 남겨진 메일 " + address)
                .setParameter(3, "Written by a node that died before sending it.")
                .setParameter(4, nextAttempt)
                .setParameter(5, now.minus(Duration.ofMinutes(10)));
        if (claimed) {
            insert.setParameter(6, now.minus(Duration.ofMinutes(1)));
        }
        insert.executeUpdate();
        return ((Number) entityManager
                        .createNativeQuery("SELECT MAX(id) FROM mail_outbox WHERE recipient = ?1")
                        .setParameter(1, address)
                        .getSingleResult())
                .longValue();
    }

    /**
     * The rows for {@code address}, newest first, each as {@code sent attempts claimed_by claim-in-force
     * last-error-kept body-kept}, one per line.
     */
    public String rows(String address) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT sent_at, attempts, claimed_by, claimed_until, last_error, body"
                        + " FROM mail_outbox WHERE recipient = ?1 ORDER BY id DESC")
                .setParameter(1, address)
                .getResultList();
        StringBuilder answer = new StringBuilder();
        for (Object[] row : rows) {
            answer.append(row[0] != null ? "sent" : "unsent")
                    .append(' ')
                    .append(((Number) row[1]).intValue())
                    .append(' ')
                    .append(row[2] == null ? "-" : row[2])
                    .append(' ')
                    .append(row[3] == null ? "unclaimed" : "claimed")
                    .append(' ')
                    .append(row[4] == null ? "no-error" : "error")
                    .append(' ')
                    .append(row[5] == null || row[5].toString().isEmpty() ? "no-body" : "body")
                    .append('\n');
        }
        return answer.toString();
    }

    /** Time passes for the address's rows: their next attempt is due now. */
    public void due(String address) {
        entityManager
                .createNativeQuery("UPDATE mail_outbox SET next_attempt_at = ?1 WHERE recipient = ?2")
                .setParameter(1, Instant.now().minus(Duration.ofSeconds(1)))
                .setParameter(2, address)
                .executeUpdate();
    }

    /** The address's rows have had {@code attempts} failed attempts. */
    public void attempts(String address, int attempts) {
        entityManager
                .createNativeQuery("UPDATE mail_outbox SET attempts = ?1 WHERE recipient = ?2")
                .setParameter(1, attempts)
                .setParameter(2, address)
                .executeUpdate();
    }

    /** The sweep, now (what the one-minute timer runs). */
    public int deliverDue() {
        return delivery.deliverDue();
    }

    /** A delivery of row {@code id} as {@code node}: whether it won the claim. */
    public boolean deliverAs(long id, String node) {
        return delivery.deliver(id, node);
    }

    public String thisNode() {
        return DeliveryPolicy.thisNode();
    }
}
