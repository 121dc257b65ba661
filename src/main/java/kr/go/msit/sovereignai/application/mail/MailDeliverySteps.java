package kr.go.msit.sovereignai.application.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's short transactions around a delivery, each of its own and committed before the next step: the claim
 * commits before the SMTP conversation starts (so every other node sees it) and no transaction is open while the
 * mail server is talked to.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDeliverySteps {

    private final MailOutbox outbox;
    private final Clock clock;

    @Inject
    public MailDeliverySteps(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected MailDeliverySteps() {
        this(null, null);
    }

    /** The mail, when {@code node} won its claim for {@code lease} from now ({@link MailOutbox#claim}). */
    public Optional<OutgoingMail> claim(long id, String node, Duration lease, boolean onlyWhenDue) {
        Instant now = clock.instant();
        return outbox.claim(id, node, now, now.plus(lease), onlyWhenDue);
    }

    public void sent(long id) {
        outbox.markSent(id, clock.instant());
    }

    /** Records a failed attempt and releases the claim; returns when the next attempt is due. */
    public Instant failed(long id, String node, Duration backoff, String error) {
        Instant next = clock.instant().plus(backoff);
        outbox.recordFailure(id, node, next, error);
        return next;
    }

    /** Unsent mail that is due now and not claimed. */
    public List<Long> due(int maxAttempts, int limit) {
        return outbox.due(clock.instant(), maxAttempts, limit);
    }
}
