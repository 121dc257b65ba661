package kr.go.msit.sovereignai.infrastructure.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.mail.MailDelivery;

/**
 * Every minute, on every node: delivers the outbox's due, unsent, unclaimed mail (a failed attempt's retry, or what a
 * killed node left). Not persistent: each node's start creates it afresh; the claim makes it safe on every node.
 */
@Singleton
public class MailSweep {

    private static final Logger LOG = Logger.getLogger(MailSweep.class.getName());

    static final String SWEEP_INFO = "mail-outbox-sweep";

    @Inject
    MailDelivery delivery;

    @Schedule(minute = "*", hour = "*", persistent = false, info = SWEEP_INFO)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException failure) {
            // The database unreachable, say: the mail stays in the outbox for the next minute's sweep.
            LOG.log(Level.WARNING, "The mail outbox sweep stopped: " + failure, failure);
        }
    }
}
