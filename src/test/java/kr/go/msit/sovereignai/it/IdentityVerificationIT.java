package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Identity verification (본인 인증) over HTTP as a signed-in citizen, against a real OpenID Connect provider started in
 * the test JVM on loopback (mock-oauth2-server), and every attack on the flow: each a clear refusal with nothing
 * stored. The token-tampering cases use {@link FakeIdentityProvider}, whose honest answer is verified first.
 */
class IdentityVerificationIT extends IdentityTest {

    // --- success ---

    @Test
    void aCitizenVerifiesOnceAndOnlyTheKeyedHashBirthYearAndSexAreKept() throws Exception {
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        assertEquals("none", support.verifiedIdentity(email));
        String person = "person-" + UUID.randomUUID();
        enqueue(
                person,
                List.of(CLIENT_ID),
                Map.of("birthdate", "1987-04-12", "gender", "female", "name", "홍길동", "phone_number", "010-1234-5678"),
                3600);

        String page = verify(citizen);

        assertTrue(page.contains(VERIFIED), page);
        assertEquals("verified 1987 F 64", support.verifiedIdentity(email));
        // The page no longer offers to verify again.
        assertFalse(citizen.get("account/identity.xhtml").body().contains("id=\"identity:verify\""));
    }

    @Test
    void twoPersonsGiveTwoVerifiedAccounts() throws Exception {
        String first = newEmail();
        String second = newEmail();
        PageClient one = newCitizen(first);
        PageClient two = newCitizen(second);
        enqueue("person-" + UUID.randomUUID(), List.of(CLIENT_ID), Map.of(), 3600);
        assertTrue(verify(one).contains(VERIFIED));
        enqueue("person-" + UUID.randomUUID(), List.of(CLIENT_ID), Map.of("birthyear", 1960, "gender", "male"), 3600);
        assertTrue(verify(two).contains(VERIFIED));

        assertEquals("verified - - 64", support.verifiedIdentity(first));
        assertEquals("verified 1960 M 64", support.verifiedIdentity(second));
    }

    @Test
    void aSecondAccountOfTheSamePersonIsRefusedWithTheFirstAddressMasked() throws Exception {
        String person = "person-" + UUID.randomUUID();
        String firstEmail = "jane-" + UUID.randomUUID() + "@gmail.example.com";
        PageClient first = newCitizen(firstEmail);
        enqueue(person, List.of(CLIENT_ID), Map.of(), 3600);
        assertTrue(verify(first).contains(VERIFIED));
        String secondEmail = newEmail();
        PageClient second = newCitizen(secondEmail);
        String before = digest();

        enqueue(person, List.of(CLIENT_ID), Map.of(), 3600);
        String page = verify(second);

        assertTrue(page.contains("이미 다른 계정(j***@g***.com)"), page);
        assertFalse(page.contains(firstEmail), "the other address is never shown in full");
        assertFalse(page.contains(VERIFIED));
        assertEquals("none", support.verifiedIdentity(secondEmail));
        assertEquals(before, digest(), "nothing stored");
    }

    @Test
    void withoutAProviderOrWithAShortKeyVerificationIsOffAndThePageSaysSo() throws Exception {
        PageClient citizen = newCitizen(newEmail());
        support.clearIdentityProvider();
        String off = citizen.get("account/identity.xhtml").body();
        assertTrue(off.contains("id=\"identity-off\""), off);
        assertFalse(off.contains("id=\"identity:verify\""));

        support.identityProvider(issuer(), CLIENT_ID, "platform-secret", "sub", "too-short-a-key");
        assertTrue(citizen.get("account/identity.xhtml").body().contains("id=\"identity-off\""));
    }

    @Test
    void anUnconfirmedAddressCannotVerifyAndThePageSaysWhy() throws Exception {
        // Someone registers another person's address (never confirmed), signs in and would verify as themselves;
        // the mailbox's owner reclaiming the account would then inherit that verified person.
        String email = newEmail();
        PageClient squatter = visitor();
        assertEquals(302, squatter.submitSignUp(email, "무단 가입자", PASSWORD).statusCode());
        assertTrue(squatter.signIn(email, PASSWORD), "an unconfirmed citizen signs in");
        String before = digest();

        String page = squatter.get("account/identity.xhtml").body();

        assertTrue(page.contains("id=\"identity-email-unconfirmed\""), page);
        assertTrue(page.contains("id=\"identity-resend\""), "the page links to a new confirmation mail");
        assertFalse(page.contains("id=\"identity:verify\""), "no verification is offered");
        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    // --- attacks on the flow ---

    @Test
    void aForgedStateIsRefusedAndTheRealOneThenToo() throws Exception {
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        String before = digest();
        String callback = authorize(citizen, start(citizen, null));

        String forged = citizen.open(callback(citizen, withParameter(callback, "state", "forged-" + UUID.randomUUID())))
                .body();
        assertTrue(forged.contains(REFUSED_STATE), forged);
        // The started verification was used up by the forged answer: the real one finds nothing either.
        String real = citizen.open(callback(citizen, callback)).body();
        assertTrue(real.contains(REFUSED_STATE), real);

        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    @Test
    void aCallbackWithoutAStartedVerificationIsRefused() throws Exception {
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        PageClient stranger = newCitizen(newEmail());
        String callback = authorize(stranger, start(stranger, null));
        String before = digest();

        // Another citizen's callback (code and state) in this citizen's session (login CSRF): no state matches.
        String page = citizen.open(callback(citizen, callback)).body();

        assertTrue(page.contains(REFUSED_STATE), page);
        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    @Test
    void aReusedStateIsRefused() throws Exception {
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        String callback = authorize(citizen, start(citizen, null));
        assertTrue(citizen.open(callback(citizen, callback)).body().contains(VERIFIED));
        String before = digest();

        String again = citizen.open(callback(citizen, callback)).body();

        assertTrue(again.contains(REFUSED_STATE), again);
        assertEquals(before, digest());
    }

    /** mock-oauth2-server answers a redeemed code again (without the nonce): the platform's nonce check refuses it. */
    @Test
    void aReplayedCodeIsRefused() throws Exception {
        PageClient victim = newCitizen(newEmail());
        String victimsCallback = authorize(victim, start(victim, null));
        assertTrue(victim.open(callback(victim, victimsCallback)).body().contains(VERIFIED));
        String email = newEmail();
        PageClient attacker = newCitizen(email);
        String before = digest();

        // The attacker's own started verification, answered with the victim's (already redeemed) code.
        String attackersCallback = authorize(attacker, start(attacker, null));
        String code = Pattern.compile("[?&]code=([^&]+)")
                .matcher(victimsCallback)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        String page = attacker.open(callback(attacker, withParameter(attackersCallback, "code", code)))
                .body();

        assertTrue(page.contains(REFUSED_TOKEN), page);
        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    @Test
    void aCodeRedeemedUnderAnotherVerificationFailsItsVerifierOrNonce() throws Exception {
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        // A first verification whose callback is captured, not delivered; then a second one answered with the first
        // code.
        String firstCallback = authorize(citizen, start(citizen, null));
        String secondCallback = authorize(citizen, start(citizen, null));
        String firstCode = Pattern.compile("[?&]code=([^&]+)")
                .matcher(firstCallback)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        String before = digest();

        String page = citizen.open(callback(citizen, withParameter(secondCallback, "code", firstCode)))
                .body();

        assertTrue(page.contains(REFUSED_TOKEN), page);
        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        String before = digest();
        enqueue("person-" + UUID.randomUUID(), List.of(CLIENT_ID), Map.of(), -3600);

        String page = verify(citizen);

        assertTrue(page.contains(REFUSED_TOKEN), page);
        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    @Test
    void theFakeProvidersHonestTokenVerifies() throws Exception {
        useProvider(fake.issuer());
        fake.answerWith(fake::honest);
        String email = newEmail();

        assertTrue(verify(newCitizen(email)).contains(VERIFIED));
        assertEquals("verified - - 64", support.verifiedIdentity(email));
    }

    @Test
    void theProvidersMetadataAndKeysAreKeptAndARotatedKeyIsFetchedOnce() throws Exception {
        try (FakeIdentityProvider rotating = new FakeIdentityProvider()) {
            useProvider(rotating.issuer());
            String first = newEmail();
            assertTrue(verify(newCitizen(first)).contains(VERIFIED));
            String second = newEmail();
            assertTrue(verify(newCitizen(second)).contains(VERIFIED));
            assertEquals(1, rotating.discoveries(), "the metadata is kept");
            assertEquals(1, rotating.keySetFetches(), "the keys are kept");

            rotating.rotateKey();
            String third = newEmail();
            assertTrue(verify(newCitizen(third)).contains(VERIFIED), "a token signed by the new key verifies");
            assertEquals(2, rotating.keySetFetches(), "the unknown key id fetched the key set once");
            assertNotEquals("none", support.verifiedIdentity(third));
        }
    }

    @Test
    void aWrongNonceIsRefused() throws Exception {
        tampered(claims ->
                fake.signed(fake.base(claims).claim("nonce", "not-the-nonce").build()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        // Signed with the provider's published key, but naming another issuer (a second provider's id).
        tampered(claims -> fake.signed(fake.base(claims)
                .issuer(issuer().replace(ISSUER_ID, "another-issuer"))
                .build()));
    }

    /** The real provider always names the client as the ID token's audience (as it should), so the fake does it. */
    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        tampered(claims ->
                fake.signed(fake.base(claims).audience("another-client").build()));
    }

    @Test
    void anExpiredTokenFromTheFakeIsRefused() throws Exception {
        tampered(claims -> fake.signed(fake.base(claims)
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build()));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        tampered(claims -> FakeIdentityProvider.unsigned(fake.base(claims).build()));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        tampered(claims -> fake.signedByAnotherKey(fake.base(claims).build()));
    }

    private void tampered(java.util.function.Function<FakeIdentityProvider.Claims, String> token) throws Exception {
        useProvider(fake.issuer());
        fake.answerWith(token);
        String email = newEmail();
        PageClient citizen = newCitizen(email);
        String before = digest();

        String page = verify(citizen);

        assertTrue(page.contains(REFUSED_TOKEN), page);
        assertEquals("none", support.verifiedIdentity(email));
        assertEquals(before, digest());
    }

    // --- the return address ---

    @Test
    void theReturnAddressIsALocalPathOnly() throws Exception {
        for (String evil : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "/%5Cevil.example")) {
            PageClient citizen = newCitizen(newEmail());
            String shown = citizen.get(
                            "account/identity.xhtml?return=" + URLEncoder.encode(evil, StandardCharsets.UTF_8))
                    .body();
            assertTrue(
                    shown.contains("name=\"identity:returnTo\" value=\"\""),
                    "the form does not carry " + evil + ": " + shown);

            // Posted directly, past the page: dropped all the same.
            String next = callback(citizen, authorize(citizen, start(citizen, evil)));

            URI target = baseUrl.toURI().resolve(next);
            assertEquals(baseUrl.toURI().getAuthority(), target.getAuthority(), evil + " led to " + next);
            assertEquals("/account/identity.xhtml", target.getPath(), evil + " led to " + next);
        }
        PageClient citizen = newCitizen(newEmail());
        String next = callback(citizen, authorize(citizen, start(citizen, "/ballot.xhtml")));
        URI target = baseUrl.toURI().resolve(next);
        assertEquals(baseUrl.toURI().getAuthority(), target.getAuthority());
        assertEquals("/ballot.xhtml", target.getPath(), "a local path is where the citizen goes back to");
        assertNotEquals("/account/identity.xhtml", target.getPath());
    }
}
