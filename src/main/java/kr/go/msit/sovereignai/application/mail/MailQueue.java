package kr.go.msit.sovereignai.application.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Posts mail: one outbox row in the caller's transaction (so a mail exists exactly when the change it reports
 * committed; a rolled-back sign-up sends nothing), then, once that transaction has committed, an attempt to deliver
 * it at once on this node's managed executor, so a slow mail server never holds the caller. Whatever that attempt
 * does not send (a failure, a node killed before or during it) the sweep of any node sends later.
 */
@Stateless
@PermitAll
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    public MailQueue(MailOutbox outbox, MailDelivery delivery, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected MailQueue() {
        this(null, null, null);
    }

    /** Puts a mail in the outbox, in the caller's transaction (a new one when there is none). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void post(String recipient, String subject, String body) {
        long id = outbox.add(recipient, subject, body, clock.instant());
        MailDelivery deliveries = delivery;
        ManagedExecutorService threads = executor;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return; // rolled back: the row is gone with the change it reported
                }
                try {
                    threads.execute(() -> deliveries.deliver(id));
                } catch (RejectedExecutionException shuttingDown) {
                    LOG.info(() -> "Mail " + id + " stays in the outbox for the sweep: " + shuttingDown);
                }
            }
        });
    }
}
