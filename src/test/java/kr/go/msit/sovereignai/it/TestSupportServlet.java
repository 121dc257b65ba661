package kr.go.msit.sovereignai.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@link TestSupport} over HTTP for tests that run outside the server (browser and HTTP tests). Test archives only. */
@WebServlet("/test-support")
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TestSupport support;

    @Inject
    kr.go.msit.sovereignai.application.cluster.SharedMaps shared;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        String number = request.getParameter("round");
        String answer = switch (action) {
            case "open-fresh-round" ->
                String.valueOf(
                        "true".equals(request.getParameter("verifiedOnly"))
                                ? support.openFreshRoundRequiringVerifiedIdentity()
                                : support.openFreshRound());
            case "verified-identity" -> support.verifiedIdentity(request.getParameter("email"));
            case "person-key" -> support.personKey(request.getParameter("email"));
            case "turnout-figures" -> support.turnoutFigures(Integer.parseInt(number));
            case "arena-analysed" -> String.valueOf(support.arenaAnalysed(Integer.parseInt(number)));
            case "close" -> {
                support.close(Integer.parseInt(number));
                yield "closed";
            }
            case "publish" -> {
                support.publish(Integer.parseInt(number));
                yield "published";
            }
            case "ready-to-tally" -> {
                TestSupport.TallyFixture fixture = support.roundReadyToTally(
                        java.util.Arrays.stream(request.getParameter("ratings").split(","))
                                .map(Integer::valueOf)
                                .toList(),
                        !"false".equals(request.getParameter("closed")));
                yield fixture.round() + " " + fixture.strongerFixtureTeam() + " " + fixture.weakerFixtureTeam();
            }
            case "schedule-ahead" ->
                String.valueOf(support.scheduleRoundAfterPublished(
                        java.time.Instant.now().plus(java.time.Duration.ofDays(10)),
                        java.time.Instant.now().plus(java.time.Duration.ofDays(24))));
            case "publish-results" -> {
                String disclosure = request.getParameter("disclosure");
                support.publishResults(
                        Integer.parseInt(number),
                        disclosure == null
                                ? kr.go.msit.sovereignai.domain.round.Disclosure.FULL
                                : kr.go.msit.sovereignai.domain.round.Disclosure.valueOf(disclosure));
                yield "published";
            }
            case "create-generated-administrator" -> support.createAdministratorWithGeneratedPassword();
            case "create-reviewer" -> support.createAssignedReviewer(Integer.parseInt(number));
            case "close-reading-counted" ->
                String.join(" ", support.closeReadingCountedReceipts(Integer.parseInt(number)));
            case "receipts" -> String.join(" ", support.storedReceipts(Integer.parseInt(number)));
            case "count" ->
                support.storedBallots(Integer.parseInt(number)) + " " + support.turnout(Integer.parseInt(number));
            case "table-digest" -> support.tableDigest(request.getParameter("table"));
            case "audit-chain" -> support.auditChain();
            case "schedule-without-publishing" ->
                String.valueOf(support.scheduleRoundWithoutPublishing(
                        java.time.Instant.now().plus(java.time.Duration.ofDays(100)),
                        java.time.Instant.now().plus(java.time.Duration.ofDays(114))));
            case "closing-instant-passed" -> {
                support.closingInstantPassed(Integer.parseInt(number));
                yield "passed";
            }
            case "end-objection-period" -> {
                support.endObjectionPeriod(Integer.parseInt(number));
                yield "ended";
            }
            case "audit-entries" ->
                String.valueOf(support.auditEntries(Integer.parseInt(number), request.getParameter("auditAction")));
            case "team-audit-entries" ->
                String.valueOf(support.teamAuditEntries(Integer.parseInt(number), request.getParameter("auditAction")));
            case "round-audit-entries" ->
                String.valueOf(
                        support.roundAuditEntries(Integer.parseInt(number), request.getParameter("auditAction")));
            case "account-exists" -> String.valueOf(support.accountExists(request.getParameter("email")));
            case "round-state" -> support.roundState(Integer.parseInt(number));
            case "team-status" ->
                support.teamStatus(Long.parseLong(request.getParameter("team"))).name();
            case "open-arena-round" ->
                String.valueOf(
                        "true".equals(request.getParameter("verifiedOnly"))
                                ? support.openArenaRoundRequiringVerifiedIdentity(
                                        Integer.parseInt(request.getParameter("prompts")),
                                        Integer.parseInt(request.getParameter("cap")))
                                : support.openArenaRound(
                                        Integer.parseInt(request.getParameter("prompts")),
                                        Integer.parseInt(request.getParameter("cap"))));
            case "schedule-arena-round" ->
                String.valueOf(support.scheduleArenaRound(
                        java.time.Instant.now().plus(java.time.Duration.ofDays(10)),
                        java.time.Instant.now().plus(java.time.Duration.ofDays(24)),
                        Integer.parseInt(request.getParameter("prompts")),
                        Integer.parseInt(request.getParameter("cap")),
                        request.getParameter("fixtureTeams") == null
                                ? 0
                                : Integer.parseInt(request.getParameter("fixtureTeams"))));
            case "open-round" -> {
                support.openRound(Integer.parseInt(number));
                yield "opened";
            }
            case "add-synthetic-arena-votes" -> {
                support.addSyntheticArenaVotes(
                        Integer.parseInt(number),
                        Integer.parseInt(request.getParameter("votes")),
                        Integer.parseInt(request.getParameter("citizens")));
                yield "added";
            }
            case "arena-votes-walked-and-counted" -> support.arenaVotesWalkedAndCounted(Integer.parseInt(number));
            case "arena-fill" -> support.arenaFill(Integer.parseInt(number));
            case "arena-connected" -> String.valueOf(support.arenaConnected(Integer.parseInt(number)));
            case "arena-benchmarks" -> String.valueOf(support.benchmarksForArenaRound(Integer.parseInt(number)));
            case "identity-provider" -> identityProvider(request);
            // Sign-up's proof-of-work bound (issue 22, H2), read at each rendering of the form; answers the old one.
            case "signup-challenge-max" -> {
                String before = System.getProperty("platform.signup.challenge-max", "");
                System.setProperty("platform.signup.challenge-max", request.getParameter("max"));
                yield before;
            }
            // What a fresh deployment starts without (SharedTestDeployment keeps one deployment for many test classes).
            case "forget-counts" -> {
                shared.signInFailures().clear();
                shared.signInAddresses().clear();
                shared.requestCounts().clear();
                yield "forgotten";
            }
            default -> throw new IllegalArgumentException(action);
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    /** The {@code platform.identity.*} settings this server reads on each use; each one not given is cleared. */
    static final java.util.List<String> IDENTITY_SETTINGS =
            java.util.List.of("issuer", "client-id", "client-secret", "person-claim", "key");

    private static String identityProvider(HttpServletRequest request) {
        for (String setting : IDENTITY_SETTINGS) {
            String value = request.getParameter(setting);
            if (value == null || value.isBlank()) {
                System.clearProperty("platform.identity." + setting);
            } else {
                System.setProperty("platform.identity." + setting, value);
            }
        }
        return "configured";
    }
}
