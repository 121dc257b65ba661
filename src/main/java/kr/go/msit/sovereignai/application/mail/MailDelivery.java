package kr.go.msit.sovereignai.application.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers outbox mail, on whichever node runs it: claim the row ({@link MailOutbox#claim}, one conditional update
 * in a transaction of its own), send it with no transaction open, then mark it sent, or count the failure, move the
 * next attempt back ({@link DeliveryPolicy#backoff}) and release the claim. After
 * {@link DeliveryPolicy#MAX_ATTEMPTS} failures the row is kept, unsent, and a SEVERE line says so.
 *
 * <p>Exactly one node holds a claim at a time, so two nodes (or the after-commit attempt and a sweep) never send the
 * same row at once. Delivery itself is at least once, the honest best with SMTP: a node that dies, or loses its
 * database, after the server took the mail but before {@code sent_at} was written leaves the row claimed until its
 * lease ({@link DeliveryPolicy#LEASE}) runs out, and the next sweep sends it again. So does a send that outlasts the
 * lease on a live node; the transport's 30-second timeouts make that a server answering each step just in time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    private static final int SWEEP_BATCH = 100;
    /** A sweep stops taking new batches after this, well before the next one-minute sweep. */
    private static final Duration SWEEP_BUDGET = Duration.ofSeconds(45);

    private static final int ERROR_LENGTH = 500;

    private final MailDeliverySteps steps;
    private final MailTransport transport;

    @Inject
    public MailDelivery(MailDeliverySteps steps, MailTransport transport) {
        this.steps = steps;
        this.transport = transport;
    }

    /** For the container's proxies only. */
    protected MailDelivery() {
        this(null, null);
    }

    /** Delivers one mail as this node; true when this call won the claim (and so tried to send it). */
    public boolean deliver(long id) {
        return deliver(id, DeliveryPolicy.thisNode());
    }

    /**
     * Delivers one mail as {@code node} (the name of another node only in tests), due or not (the attempt right
     * after the commit); true when this call won the claim (and so tried to send it).
     */
    public boolean deliver(long id, String node) {
        return deliver(id, node, false);
    }

    private boolean deliver(long id, String node, boolean onlyWhenDue) {
        Optional<OutgoingMail> claimed;
        try {
            claimed = steps.claim(id, node, DeliveryPolicy.LEASE, onlyWhenDue);
        } catch (RuntimeException contended) {
            // A lock wait that timed out, a lost connection: someone else has it, or the sweep tries again.
            LOG.log(Level.FINE, "Could not claim mail " + id, contended);
            return false;
        }
        if (claimed.isEmpty()) {
            return false; // sent already, or another node's (or thread's) claim holds it
        }
        OutgoingMail mail = claimed.get();
        try {
            transport.send(mail.recipient(), mail.subject(), mail.body());
        } catch (MailTransport.NotSent | RuntimeException failure) {
            failed(mail, node, failure);
            return true;
        }
        steps.sent(mail.id());
        return true;
    }

    /** What the sweep does on every node: delivers whatever is due, unsent and unclaimed; returns how many it tried. */
    public int deliverDue() {
        long deadline = System.nanoTime() + SWEEP_BUDGET.toNanos();
        int tried = 0;
        List<Long> due = steps.due(DeliveryPolicy.MAX_ATTEMPTS, SWEEP_BATCH);
        while (!due.isEmpty()) {
            for (long id : due) {
                if (System.nanoTime() > deadline) {
                    return tried; // an SMTP server that answers slowly: the next sweep goes on
                }
                if (deliver(id, DeliveryPolicy.thisNode(), true)) {
                    tried++;
                }
            }
            if (due.size() < SWEEP_BATCH || System.nanoTime() > deadline) {
                break;
            }
            due = steps.due(DeliveryPolicy.MAX_ATTEMPTS, SWEEP_BATCH);
        }
        return tried;
    }

    private void failed(OutgoingMail mail, String node, Exception failure) {
        int attempts = mail.attempts() + 1;
        String error = String.valueOf(failure.getMessage() == null ? failure : failure.getMessage());
        if (failure.getCause() != null && !error.contains(String.valueOf(failure.getCause()))) {
            error = error + ": " + failure.getCause();
        }
        String kept = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        var next = steps.failed(mail.id(), node, DeliveryPolicy.backoff(attempts), kept);
        if (attempts >= DeliveryPolicy.MAX_ATTEMPTS) {
            LOG.severe(() -> "Gave up on mail " + mail.id() + " to " + mail.recipient() + " after " + attempts
                    + " failed attempts; it stays unsent in mail_outbox. Last error: " + kept);
        } else {
            LOG.warning(() -> "Could not send mail " + mail.id() + " to " + mail.recipient() + " (attempt " + attempts
                    + " of " + DeliveryPolicy.MAX_ATTEMPTS + "; next after " + next + "): " + kept);
        }
    }
}
