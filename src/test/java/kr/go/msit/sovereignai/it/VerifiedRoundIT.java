package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Rounds that require verified identity: an unverified citizen is refused the ballot and the arena with the reason
 * and the way to verify, and votes once verified (back where they were); turnout counts the verified voters' ballots.
 */
class VerifiedRoundIT extends IdentityTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"vote:token\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern ARENA_RECEIPT = Pattern.compile("<code id=\"arena-receipt\">([^<]+)</code>");

    /** Verifies the citizen, starting from the link the refusing page shows; the path the browser is sent back to. */
    private String verifyFromLink(PageClient citizen, String refusingPage) throws Exception {
        Matcher link =
                Pattern.compile("id=\"identity-link\"[^>]*href=\"([^\"]+)\"").matcher(refusingPage);
        assertTrue(link.find(), "the refusal links to the verification page");
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.contains("/account/identity.xhtml?return="), href);
        String returnTo = java.net.URLDecoder.decode(
                href.substring(href.indexOf("return=") + "return=".length()), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> page = citizen.get(href);
        assertTrue(page.body().contains("value=\"" + returnTo + "\""), "the page keeps the return address");
        enqueue("person-" + UUID.randomUUID(), List.of(CLIENT_ID), Map.of("birthdate", "1990-01-01"), 3600);
        String next = callback(citizen, authorize(citizen, start(citizen, returnTo)));
        return baseUrl.toURI().resolve(next).getPath();
    }

    @Test
    void aBallotNeedsVerifiedIdentityWhereTheRoundRequiresIt() throws Exception {
        int round = support.openFreshRoundRequiringVerifiedIdentity();
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        String roundPage = citizen.get("round.xhtml?number=" + round).body();
        assertTrue(roundPage.contains("id=\"verified-identity-rule\""), roundPage);
        assertTrue(roundPage.contains("본인 인증을 마친 시민만 참여할 수 있습니다"), roundPage);

        HttpResponse<String> refused = citizen.get("ballot.xhtml");
        assertTrue(refused.body().contains("id=\"identity-required\""), refused.body());
        assertTrue(PageClient.ratingGroups(refused.body()).isEmpty(), "no ballot form for an unverified citizen");
        assertEquals(0, support.storedBallots(round));

        assertEquals("/ballot.xhtml", verifyFromLink(citizen, refused.body()));
        HttpResponse<String> ballot = citizen.get("ballot.xhtml");
        assertFalse(ballot.body().contains("id=\"identity-required\""));
        HttpResponse<String> cast = citizen.castBallot(ballot, group -> 4);

        assertTrue(PageClient.receipt(cast.body()).isPresent(), cast.body());
        assertEquals(1, support.storedBallots(round));
        assertArrayEquals(new long[] {1, 1}, support.turnoutFigures(round));
        String shown = citizen.get("round.xhtml?number=" + round).body();
        assertTrue(shown.contains("id=\"round-verified-turnout\""), shown);
    }

    @Test
    void turnoutCountsVerifiedVotersApartWhereTheRoundDoesNotRequireIt() throws Exception {
        int round = support.openFreshRound();
        PageClient unverified = newCitizen(newEmail());
        assertTrue(PageClient.receipt(unverified
                        .castBallot(unverified.get("ballot.xhtml"), group -> 3)
                        .body())
                .isPresent());
        PageClient verified = newCitizen(newEmail());
        enqueue("person-" + UUID.randomUUID(), List.of(CLIENT_ID), Map.of(), 3600);
        assertTrue(verify(verified).contains(VERIFIED));
        assertTrue(PageClient.receipt(verified.castBallot(verified.get("ballot.xhtml"), group -> 5)
                        .body())
                .isPresent());

        assertArrayEquals(new long[] {2, 1}, support.turnoutFigures(round));
    }

    @Test
    void anArenaVoteNeedsVerifiedIdentityWhereTheRoundRequiresIt() throws Exception {
        int round = support.openArenaRoundRequiringVerifiedIdentity(3, 30);
        PageClient citizen = newCitizen(newEmail());

        HttpResponse<String> refused = citizen.get("arena.xhtml");
        assertTrue(refused.body().contains("id=\"identity-required\""), refused.body());
        assertFalse(TOKEN.matcher(refused.body()).find(), "no battle is issued to an unverified citizen");

        assertEquals("/arena.xhtml", verifyFromLink(citizen, refused.body()));
        HttpResponse<String> page = citizen.get("arena.xhtml");
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(token.find(), page.body());
        HttpResponse<String> voted = arenaVote(citizen, page, token.group(1), "a-better");

        assertTrue(ARENA_RECEIPT.matcher(voted.body()).find(), voted.body());
        support.close(round);
        String results = visitor().get("arena-results.xhtml?round=" + round).body();
        assertTrue(results.contains("그중 본인 인증을 마친 시민: 1명"), results);
    }

    @Test
    void anAdministratorSetsTheRuleWhileTheRoundIsScheduledAndNotAfter() throws Exception {
        int round = support.scheduleArenaRound(0);
        PageClient admin = administrator();
        HttpResponse<String> page = admin.get("admin/arena.xhtml?round=" + round);
        assertTrue(page.body().contains("id=\"identityRule:saveIdentityRule\""), page.body());

        HttpResponse<String> saved = admin.submit(
                "admin/arena.xhtml?round=" + round, page, "identityRule", "saveIdentityRule", Map.of("required", "on"));

        assertTrue(saved.body().contains("본인 인증 요건을 저장했습니다"), saved.body());
        assertEquals(1, support.auditEntries(round, "VERIFIED_IDENTITY_REQUIREMENT_CHANGED"));
        assertTrue(visitor().get("round.xhtml?number=" + round).body().contains("본인 인증을 마친 시민만 참여할 수 있습니다"));
        support.openRound(round);
        assertFalse(
                admin.get("admin/arena.xhtml?round=" + round).body().contains("identityRule:saveIdentityRule"),
                "frozen once the round opened");
    }
}
