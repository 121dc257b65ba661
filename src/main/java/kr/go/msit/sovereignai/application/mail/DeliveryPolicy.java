package kr.go.msit.sovereignai.application.mail;

import java.time.Duration;

/** The outbox's numbers: a claim's lease, the retries' backoff and their limit, and the claimant's name. */
public final class DeliveryPolicy {

    /** How long a claim holds: a node that died mid-send gives its mail up to other nodes after this. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** Failed attempts after which a mail is given up (kept in the outbox, unsent): about 4 hours of retries. */
    public static final int MAX_ATTEMPTS = 10;

    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private DeliveryPolicy() {}

    /** The wait before the next attempt after {@code failedAttempts} failures: 1, 2, 4, ... minutes, at most 1 hour. */
    public static Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 10);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** This node's name in the cluster ({@code jboss.node.name}), written as the claimant. */
    public static String thisNode() {
        String node = System.getProperty("jboss.node.name", "unnamed-node");
        return node.length() > 100 ? node.substring(0, 100) : node;
    }
}
