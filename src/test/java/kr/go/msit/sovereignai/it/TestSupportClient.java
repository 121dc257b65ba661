package kr.go.msit.sovereignai.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls {@link TestSupportServlet} from a test running outside the server. */
public final class TestSupportClient {

    private final URI base;
    /** The site's origin its posts name: the server's own, or the public address it is configured with. */
    private final String origin;

    private final HttpClient http = HttpClient.newHttpClient();

    public TestSupportClient(URL baseUrl) {
        this(baseUrl, null);
    }

    /** A client of one server of a site whose public address is {@code origin} (a cluster node behind its balancer). */
    public TestSupportClient(URL baseUrl, String origin) {
        try {
            this.base = baseUrl.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.origin = origin == null ? PageClient.originOf(base) : origin;
    }

    private String call(String query) {
        return post(http, base, origin, "test-support", query);
    }

    /**
     * The one way tests reach a test-support servlet: a POST of {@code query} to {@code path} under {@code base}, with
     * the site's own Origin (the same-origin rule refuses others); anything but 200 fails the test with the answer.
     */
    static String post(HttpClient http, URI base, String path, String query) {
        return post(http, base, PageClient.originOf(base), path, query);
    }

    private static String post(HttpClient http, URI base, String origin, String path, String query) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve(path + "?" + query))
                            .header("Origin", origin)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "test support answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public int openFreshRound() {
        return Integer.parseInt(call("action=open-fresh-round"));
    }

    public void close(int round) {
        call("action=close&round=" + round);
    }

    /** A round with two fixture teams and benchmark results for all, ballots cast, closed or still open: {round, stronger, weaker}. */
    public long[] roundReadyToTally(String ratings, boolean closed) {
        return java.util.Arrays.stream(call("action=ready-to-tally&ratings=" + ratings + "&closed=" + closed)
                        .split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** A scheduled round ten days ahead (previous round published); its number. */
    public int scheduleAhead() {
        return Integer.parseInt(call("action=schedule-ahead"));
    }

    /** Publishes a closed round's results as an administrator would, in full. */
    public void publishResults(int round) {
        publishResults(round, "FULL");
    }

    /** Publishes a closed round's results as an administrator would, the announcement naming what {@code disclosure} (a Disclosure) says. */
    public void publishResults(int round, String disclosure) {
        call("action=publish-results&round=" + round + "&disclosure=" + disclosure);
    }

    public void publish(int round) {
        call("action=publish&round=" + round);
    }

    /** An administrator whose password was generated as the first one's is without configuration: {email, password}. */
    public String[] createAdministratorWithGeneratedPassword() {
        return call("action=create-generated-administrator").split(" ");
    }

    /** An expert assigned to the round: {email, one-time password set-up secret}. */
    public String[] createAssignedReviewer(int round) {
        return call("action=create-reviewer&round=" + round).split(" ");
    }

    /** Ballot rows stored in the round. */
    public long storedBallots(int round) {
        return Long.parseLong(call("action=count&round=" + round).split(" ")[0]);
    }

    /** The receipts of every ballot stored in the round. */
    public java.util.Set<String> storedReceipts(int round) {
        return receipts(call("action=receipts&round=" + round));
    }

    /** Closes the round as an administrator does; the receipts stored as the close commits (what it counts). */
    public java.util.Set<String> closeReadingCountedReceipts(int round) {
        return receipts(call("action=close-reading-counted&round=" + round));
    }

    private static java.util.Set<String> receipts(String answer) {
        return answer.isBlank()
                ? java.util.Set.of()
                : java.util.Set.of(answer.strip().split(" "));
    }

    /** The round's turnout counters. */
    public long turnout(int round) {
        return Long.parseLong(call("action=count&round=" + round).split(" ")[1]);
    }

    /** A digest of every row of a table (see TestSupport#tableDigest). */
    public String tableDigest(String table) {
        return call("action=table-digest&table=" + table);
    }

    /** A digest of each of these tables, in order: compare before and after a refused request. */
    public java.util.List<String> tableDigests(String... tables) {
        return java.util.Arrays.stream(tables).map(this::tableDigest).toList();
    }

    /** A round 100 days ahead after the last one, the one before left as it is (not published). */
    public int scheduleWithoutPublishing() {
        return Integer.parseInt(call("action=schedule-without-publishing"));
    }

    /** An open round's closing instant passes while its close has not run (it stays OPEN). */
    public void closingInstantPassed(int round) {
        call("action=closing-instant-passed&round=" + round);
    }

    /** Lets a published round's objection period end now. */
    public void endObjectionPeriod(int round) {
        call("action=end-objection-period&round=" + round);
    }

    /** Audit entries about a round with this action. */
    public long auditEntries(int round, String action) {
        return Long.parseLong(call("action=audit-entries&round=" + round + "&auditAction=" + action));
    }

    /** Audit entries about any team in a round ("review n team ...") with this action. */
    public long teamAuditEntries(int round, String action) {
        return Long.parseLong(call("action=team-audit-entries&round=" + round + "&auditAction=" + action));
    }

    /** Audit entries about a round or anything in it (its prompts, its teams) with this action. */
    public long roundAuditEntries(int round, String action) {
        return Long.parseLong(call("action=round-audit-entries&round=" + round + "&auditAction=" + action));
    }

    /** "intact" when the audit chain verifies, else where it breaks. */
    public String auditChain() {
        return call("action=audit-chain");
    }

    /** Sets the sign-up proof-of-work's bound on the server (issue 22); answers the bound it replaced. */
    public String signUpChallengeMax(String max) {
        return call("action=signup-challenge-max&max=" + max);
    }

    /** The server forgets its sign-in failures and request counts, as a fresh deployment starts. */
    public void forgetCounts() {
        call("action=forget-counts");
    }

    public boolean accountExists(String email) {
        return Boolean.parseBoolean(call("action=account-exists&email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The round's version, status and description. */
    public String roundState(int round) {
        return call("action=round-state&round=" + round);
    }

    /** A team's status now (ACTIVE, ELIMINATED, DISQUALIFIED, FINALIST, WITHDRAWN). */
    public String teamStatus(long team) {
        return call("action=team-status&team=" + team);
    }

    /** An arena round open now, {@code prompts} prompts committed and every competing team's answers uploaded; its number. */
    public int openArenaRound(int prompts, int battleCap) {
        return Integer.parseInt(call("action=open-arena-round&prompts=" + prompts + "&cap=" + battleCap));
    }

    /** A scheduled arena round ten days ahead (previous published), with {@code prompts} prompts and all answers (0: nothing uploaded). */
    public int scheduleArenaRound(int prompts) {
        return Integer.parseInt(call("action=schedule-arena-round&prompts=" + prompts + "&cap=30"));
    }

    /** As {@link #scheduleArenaRound(int)}, with {@code fixtureTeams} new fixture teams (codes fixture-…) joining the round. */
    public int scheduleArenaRound(int prompts, int fixtureTeams) {
        return Integer.parseInt(
                call("action=schedule-arena-round&prompts=" + prompts + "&cap=30&fixtureTeams=" + fixtureTeams));
    }

    /** Opens a scheduled round now, whatever its window (fixture only). */
    public void openRound(int round) {
        call("action=open-round&round=" + round);
    }

    /** Adds synthetic voted battles to an open arena round, straight into the database (see TestSupport). */
    public void addSyntheticArenaVotes(int round, int votes, int citizens) {
        call("action=add-synthetic-arena-votes&round=" + round + "&votes=" + votes + "&citizens=" + citizens);
    }

    /** The round's votes as the analysis walks them, then as SQL counts them: two lines (see TestSupport). */
    public String arenaVotesWalkedAndCounted(int round) {
        return call("action=arena-votes-walked-and-counted&round=" + round);
    }

    /** {fewest battles in a cell, most in a cell, battles issued, battles voted} of an arena round. */
    public long[] arenaFill(int round) {
        return java.util.Arrays.stream(call("action=arena-fill&round=" + round).split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** Whether the node keeps the analysis of the round's arena votes (computed as the close committed). */
    public boolean arenaAnalysed(int round) {
        return Boolean.parseBoolean(call("action=arena-analysed&round=" + round));
    }

    /** Whether the round's voted arena battles link every competing team (its analysis can then rank them all). */
    public boolean arenaConnected(int round) {
        return Boolean.parseBoolean(call("action=arena-connected&round=" + round));
    }

    /** Every competing team's benchmark targets (declared before opening) and measured scores, all different; the number of teams. */
    public int benchmarksForArenaRound(int round) {
        return Integer.parseInt(call("action=arena-benchmarks&round=" + round));
    }

    /**
     * Points the server at an OpenID Connect provider: sets {@code platform.identity.issuer}, {@code client-id},
     * {@code client-secret}, {@code person-claim} and {@code key}; a null value clears that setting.
     */
    public void identityProvider(String issuer, String clientId, String clientSecret, String personClaim, String key) {
        StringBuilder query = new StringBuilder("action=identity-provider");
        String[] names = {"issuer", "client-id", "client-secret", "person-claim", "key"};
        String[] values = {issuer, clientId, clientSecret, personClaim, key};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                query.append('&')
                        .append(names[i])
                        .append('=')
                        .append(java.net.URLEncoder.encode(values[i], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        call(query.toString());
    }

    /** Closes whatever round is open and opens a new rating round that requires verified identity to vote. */
    public int openFreshRoundRequiringVerifiedIdentity() {
        return Integer.parseInt(call("action=open-fresh-round&verifiedOnly=true"));
    }

    /** As {@link #openArenaRound(int, int)}, the round requiring verified identity to vote. */
    public int openArenaRoundRequiringVerifiedIdentity(int prompts, int battleCap) {
        return Integer.parseInt(
                call("action=open-arena-round&verifiedOnly=true&prompts=" + prompts + "&cap=" + battleCap));
    }

    /** "none", or "verified &lt;birth year|-&gt; &lt;M|F|-&gt; 64" for the account with this address. */
    public String verifiedIdentity(String email) {
        return call("action=verified-identity&email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Keycloak test (H5): the stored person key of the account with this address, or "none". */
    public String personKey(String email) {
        return call("action=person-key&email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {ballots, ballots by verified voters} of a round's turnout counters. */
    public long[] turnoutFigures(int round) {
        return java.util.Arrays.stream(
                        call("action=turnout-figures&round=" + round).split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** Clears every {@code platform.identity.*} setting: verification is off. */
    public void clearIdentityProvider() {
        call("action=identity-provider");
    }
}
