package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.mail.DeliveryPolicy;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox (issue 25), against the tests' real SMTP server ({@link TestMailbox}): a mail exists only if the
 * transaction that posted it committed; what a dead node left behind, claimed or not, is sent by the one-minute sweep,
 * once; of concurrent deliveries of one row (as several nodes) exactly one claims it and the mail arrives once; an
 * SMTP failure counts an attempt and leaves the mail for a later one, and a mail that keeps failing is given up and
 * kept. Rows are read and moved through {@link MailOutboxTestServlet}; failures come from {@link FailingMailTransport}.
 */
class MailOutboxIT extends HttpTest {

    private static final String CONFIRMATION = "Please confirm your e-mail address";

    private final HttpClient http = HttpClient.newHttpClient();

    private String outbox(String action, String... parameters) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("action", action);
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        try {
            return TestSupportClient.post(
                    http,
                    baseUrl.toURI(),
                    "test-support/mail-outbox",
                    query.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&")));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The address's outbox rows, newest first: {@code sent|unsent attempts claimed_by claimed|unclaimed ...}. */
    private String rows(String address) {
        return outbox("rows", "address", address);
    }

    private String rowsOnceSettled(String address, String expectedStart) throws Exception {
        return Eventually.value(Duration.ofSeconds(20), () -> rows(address), r -> r.startsWith(expectedStart));
    }

    private static int mails(String address) {
        return TestMailbox.mailTo(address).size();
    }

    /** The count once it is {@code expected}, then a bounded while for one more (an absence cannot be awaited). */
    private static void assertMailsStay(String address, int expected, Duration wait) throws Exception {
        assertEquals(expected, Eventually.value(Duration.ofSeconds(20), () -> mails(address), n -> n >= expected));
        assertEquals(expected, Eventually.value(wait, () -> mails(address), n -> n > expected), "no more mail");
    }

    @Test
    void aMailWhoseTransactionRollsBackIsNeverSentAndItsCommittedTwinIsSentAtOnce() throws Exception {
        String node = outbox("this-node");
        String rolledBack = newEmail();
        String committed = newEmail();

        outbox("post", "address", rolledBack, "rollBack", "true");
        outbox("post", "address", committed, "rollBack", "false");

        // Sent right after the commit, on this node, with no sweep; the sent row keeps no body (its one-time link).
        TestMailbox.awaitMail(committed, CONFIRMATION);
        assertEquals("sent 0 " + node + " unclaimed no-error no-body\n", rowsOnceSettled(committed, "sent"));
        assertEquals("", rows(rolledBack), "no row for a rolled-back transaction");
        outbox("deliver-due");
        assertMailsStay(rolledBack, 0, Duration.ofSeconds(3));
        assertMailsStay(committed, 1, Duration.ofSeconds(1));
    }

    @Test
    void mailADeadNodeLeftBehindIsSentByTheOneMinuteSweepExactlyOnce() throws Exception {
        String node = outbox("this-node");
        String claimedByDeadNode = newEmail();
        String neverClaimed = newEmail();
        String deadNodes = outbox("left-behind", "address", claimedByDeadNode, "claimed", "true");
        outbox("left-behind", "address", neverClaimed, "claimed", "false");

        // The server's own timer sends them (every minute): no call from the test.
        assertEquals(
                2,
                Eventually.value(
                        Duration.ofSeconds(90), () -> mails(claimedByDeadNode) + mails(neverClaimed), n -> n >= 2));
        assertTrue(TestMailbox.subjectOf(TestMailbox.mailTo(claimedByDeadNode).get(0))
                .contains("Left behind"));
        for (String address : List.of(claimedByDeadNode, neverClaimed)) {
            assertEquals("sent 0 " + node + " unclaimed no-error no-body\n", rowsOnceSettled(address, "sent"));
        }
        // Sent rows are never claimed again, by a sweep or anyone.
        outbox("deliver-due");
        assertEquals("false", outbox("deliver-as", "id", deadNodes, "node", "node-b"));
        assertMailsStay(claimedByDeadNode, 1, Duration.ofSeconds(2));
        assertMailsStay(neverClaimed, 1, Duration.ofMillis(500));
    }

    @Test
    void ofConcurrentDeliveriesOfOneRowExactlyOneClaimsItAndTheMailArrivesOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            String address = newEmail();
            addresses.add(address);
            // Unclaimed and due tomorrow, so the sweep leaves it to the racing deliveries.
            String id = outbox("left-behind", "address", address, "claimed", "false", "due", "false");
            List<Callable<String>> nodes = new ArrayList<>();
            for (String node : List.of("node-a", "node-b", "node-c", "node-d")) {
                nodes.add(() -> node + "=" + outbox("deliver-as", "id", id, "node", node));
            }
            List<String> outcomes = Concurrently.allAtOnce(nodes, nodes.size());
            List<String> winners =
                    outcomes.stream().filter(o -> o.endsWith("=true")).toList();
            assertEquals(1, winners.size(), "exactly one claim wins: " + outcomes);
            String winner = winners.get(0).substring(0, winners.get(0).indexOf('='));
            assertEquals("sent 0 " + winner + " unclaimed no-error no-body\n", rowsOnceSettled(address, "sent"));
            assertEquals("false", outbox("deliver-as", "id", id, "node", "node-e"), "a sent row is not claimed again");
        }
        for (String address : addresses) {
            assertMailsStay(address, 1, Duration.ofSeconds(1));
        }
    }

    @Test
    void anSmtpFailureLeavesTheMailUnsentWithItsAttemptCountedAndALaterAttemptSendsIt() throws Exception {
        String node = outbox("this-node");
        String address = newEmail();
        outbox("fail-for", "address", address);
        try {
            outbox("post", "address", address, "rollBack", "false");
            // The attempt right after the commit failed: counted, error kept, claim released, next one later.
            assertEquals("unsent 1 - unclaimed error body\n", rowsOnceSettled(address, "unsent 1"));
            outbox("deliver-due");
            assertEquals("unsent 1 - unclaimed error body\n", rows(address), "not due again before its backoff");

            // Its next attempt comes (the backoff passed), and the server still refuses: a second attempt counted.
            outbox("due", "address", address);
            outbox("deliver-due");
            assertEquals("unsent 2 - unclaimed error body\n", rowsOnceSettled(address, "unsent 2"));
            assertEquals(0, mails(address));
        } finally {
            outbox("recover", "address", address);
        }
        outbox("due", "address", address);
        outbox("deliver-due");
        TestMailbox.awaitMail(address, CONFIRMATION);
        assertEquals("sent 2 " + node + " unclaimed error no-body\n", rowsOnceSettled(address, "sent"));
        assertMailsStay(address, 1, Duration.ofSeconds(2));
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAfterItsLastAttemptAndKept() throws Exception {
        String address = newEmail();
        outbox("fail-for", "address", address);
        try {
            outbox("post", "address", address, "rollBack", "false");
            rowsOnceSettled(address, "unsent 1");
            outbox("attempts", "address", address, "attempts", String.valueOf(DeliveryPolicy.MAX_ATTEMPTS - 1));
            outbox("due", "address", address);
            outbox("deliver-due");
            String last = "unsent " + DeliveryPolicy.MAX_ATTEMPTS + " - unclaimed error body\n";
            assertEquals(last, rowsOnceSettled(address, "unsent " + DeliveryPolicy.MAX_ATTEMPTS));

            outbox("recover", "address", address);
            outbox("due", "address", address);
            outbox("deliver-due");
            assertEquals(last, rows(address), "given up: no sweep tries it again, the row is kept");
            assertMailsStay(address, 0, Duration.ofSeconds(1));
        } finally {
            outbox("recover", "address", address);
        }
    }
}
