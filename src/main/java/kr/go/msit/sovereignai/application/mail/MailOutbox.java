package kr.go.msit.sovereignai.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table ({@code mail_outbox}): mail waiting to be sent, and what became of it. */
public interface MailOutbox {

    /** Adds a mail, due at once, in the caller's transaction; returns its id. */
    long add(String recipient, String subject, String body, Instant createdAt);

    /**
     * Claims the mail for {@code node} until {@code until} with one conditional update: only an unsent mail whose
     * earlier claim (if any) ran out before {@code now} is claimed, so of concurrent claims, on any node, one wins;
     * {@code onlyWhenDue}: and only when its next attempt is due (a sweep that listed it before another node's
     * failed attempt moved that back does not try again at once). The mail when this claim won; empty otherwise.
     */
    Optional<OutgoingMail> claim(long id, String node, Instant now, Instant until, boolean onlyWhenDue);

    /** The SMTP server took the mail: it is never sent again (and its body, with its one-time links, is cleared). */
    void markSent(long id, Instant sentAt);

    /**
     * A failed attempt by {@code node}: one more attempt counted, the next one not before {@code nextAttemptAt}, the
     * error kept and the claim released (only while {@code node} holds it).
     */
    void recordFailure(long id, String node, Instant nextAttemptAt, String error);

    /**
     * Unsent mail due at {@code now}, with fewer than {@code maxAttempts} failed attempts and no claim in force,
     * longest waiting first, at most {@code limit} ids.
     */
    List<Long> due(Instant now, int maxAttempts, int limit);
}
