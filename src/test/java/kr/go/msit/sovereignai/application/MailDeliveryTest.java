package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kr.go.msit.sovereignai.application.mail.DeliveryPolicy;
import kr.go.msit.sovereignai.application.mail.MailDelivery;
import kr.go.msit.sovereignai.application.mail.MailDeliverySteps;
import kr.go.msit.sovereignai.application.mail.MailOutbox;
import kr.go.msit.sovereignai.application.mail.MailTransport;
import kr.go.msit.sovereignai.application.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

/** The outbox's delivery rules without a container: claims, backoff, giving up. */
class MailDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    /** The outbox table's rules, in memory (the conditional updates of JpaMailOutbox). */
    private static final class Outbox implements MailOutbox {
        final Map<Long, Row> rows = new TreeMap<>();

        static final class Row {
            String recipient;
            String body;
            int attempts;
            Instant next;
            Instant claimedUntil;
            String claimedBy;
            Instant sentAt;
            String error;
        }

        @Override
        public long add(String recipient, String subject, String body, Instant createdAt) {
            Row row = new Row();
            row.recipient = recipient;
            row.body = body;
            row.next = createdAt;
            long id = rows.size() + 1L;
            rows.put(id, row);
            return id;
        }

        @Override
        public Optional<OutgoingMail> claim(long id, String node, Instant now, Instant until, boolean onlyWhenDue) {
            Row row = rows.get(id);
            if (row.sentAt != null
                    || (row.claimedUntil != null && !row.claimedUntil.isBefore(now))
                    || (onlyWhenDue && row.next.isAfter(now))) {
                return Optional.empty();
            }
            row.claimedBy = node;
            row.claimedUntil = until;
            return Optional.of(new OutgoingMail(id, row.recipient, "subject", row.body, row.attempts));
        }

        @Override
        public void markSent(long id, Instant sentAt) {
            Row row = rows.get(id);
            row.sentAt = sentAt;
            row.claimedUntil = null;
            row.body = "";
        }

        @Override
        public void recordFailure(long id, String node, Instant nextAttemptAt, String error) {
            Row row = rows.get(id);
            if (node.equals(row.claimedBy) && row.sentAt == null) {
                row.attempts++;
                row.next = nextAttemptAt;
                row.error = error;
                row.claimedBy = null;
                row.claimedUntil = null;
            }
        }

        @Override
        public List<Long> due(Instant now, int maxAttempts, int limit) {
            return rows.entrySet().stream()
                    .filter(e -> e.getValue().sentAt == null
                            && !e.getValue().next.isAfter(now)
                            && e.getValue().attempts < maxAttempts
                            && (e.getValue().claimedUntil == null
                                    || e.getValue().claimedUntil.isBefore(now)))
                    .map(Map.Entry::getKey)
                    .limit(limit)
                    .toList();
        }
    }

    private static final class Transport implements MailTransport {
        final List<String> sent = new ArrayList<>();
        boolean failing;

        @Override
        public void send(String recipient, String subject, String body) throws NotSent {
            if (failing) {
                throw new NotSent("refused", new java.io.IOException("connection refused"));
            }
            sent.add(recipient);
        }
    }

    private final Outbox outbox = new Outbox();
    private final Transport transport = new Transport();
    private Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private MailDelivery delivery() {
        return new MailDelivery(new MailDeliverySteps(outbox, clock), transport);
    }

    @Test
    void theBackoffDoublesFromAMinuteUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), DeliveryPolicy.backoff(1));
        assertEquals(Duration.ofMinutes(2), DeliveryPolicy.backoff(2));
        assertEquals(Duration.ofMinutes(32), DeliveryPolicy.backoff(6));
        assertEquals(Duration.ofHours(1), DeliveryPolicy.backoff(7));
        assertEquals(Duration.ofHours(1), DeliveryPolicy.backoff(DeliveryPolicy.MAX_ATTEMPTS));
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseRunsOutAndASentOneNever() {
        long id = outbox.add("a@example.kr", "s", "b", T0);
        assertTrue(outbox.claim(id, "node-a", T0, T0.plus(DeliveryPolicy.LEASE), false)
                .isPresent());
        assertFalse(delivery().deliver(id, "node-b"), "node-a's claim holds");
        clock = Clock.fixed(T0.plus(DeliveryPolicy.LEASE).plusSeconds(1), ZoneOffset.UTC);
        assertTrue(delivery().deliver(id, "node-b"), "node-a died: its lease ran out");
        assertEquals(List.of("a@example.kr"), transport.sent);
        assertEquals("", outbox.rows.get(id).body, "a sent row keeps no one-time link");
        assertFalse(delivery().deliver(id, "node-c"));
        assertEquals(0, delivery().deliverDue());
        assertEquals(1, transport.sent.size());
    }

    @Test
    void aFailureCountsAnAttemptReleasesTheClaimAndWaitsForItsBackoffThenTheLastOneGivesUp() {
        long id = outbox.add("a@example.kr", "s", "b", T0);
        transport.failing = true;
        assertTrue(delivery().deliver(id, "node-a"));
        Outbox.Row row = outbox.rows.get(id);
        assertEquals(1, row.attempts);
        assertNull(row.claimedBy);
        assertEquals(T0.plus(Duration.ofMinutes(1)), row.next);
        assertTrue(row.error.contains("connection refused"), row.error);
        assertEquals(0, delivery().deliverDue(), "not before its backoff");

        for (int attempt = 2; attempt <= DeliveryPolicy.MAX_ATTEMPTS; attempt++) {
            clock = Clock.fixed(row.next, ZoneOffset.UTC);
            assertEquals(1, delivery().deliverDue());
            assertEquals(attempt, row.attempts);
        }
        clock = Clock.fixed(row.next.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        transport.failing = false;
        assertEquals(0, delivery().deliverDue(), "given up");
        assertNull(row.sentAt);
        assertEquals("b", row.body, "kept for an operator");
    }
}
