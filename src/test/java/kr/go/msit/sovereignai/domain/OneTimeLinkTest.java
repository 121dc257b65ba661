package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.EmailNotConfirmed;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;
import kr.go.msit.sovereignai.domain.account.OneTimeLink.Purpose;
import kr.go.msit.sovereignai.domain.round.Panel;
import org.junit.jupiter.api.Test;

/** One-time links work once, for their own purpose, until they expire; citizens vote only with a confirmed address. */
class OneTimeLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");

    @Test
    void aConfirmationLinkWorksOnceAndOnlyForConfirming() {
        OneTimeLink link = new OneTimeLink(7, Purpose.CONFIRM_EMAIL, OneTimeLink.newSecret(), NOW);

        assertEquals(
                "setupLink.unknown",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.SET_PASSWORD, NOW))
                        .messageKey(),
                "not a password link");
        link.use(Purpose.CONFIRM_EMAIL, NOW.plusSeconds(1));
        assertEquals(
                "emailConfirmation.used",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.CONFIRM_EMAIL, NOW.plusSeconds(2)))
                        .messageKey());
    }

    @Test
    void aLinkExpiresAfterItsPurposesLifetime() {
        OneTimeLink confirmation = new OneTimeLink(7, Purpose.CONFIRM_EMAIL, OneTimeLink.newSecret(), NOW);
        OneTimeLink setup = new OneTimeLink(7, Purpose.SET_PASSWORD, OneTimeLink.newSecret(), NOW);

        assertEquals(NOW.plus(Duration.ofDays(2)), confirmation.getExpiresAt());
        assertEquals(
                "emailConfirmation.expired",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> confirmation.use(Purpose.CONFIRM_EMAIL, NOW.plus(Duration.ofDays(2))))
                        .messageKey());
        setup.use(Purpose.SET_PASSWORD, NOW.plus(Duration.ofDays(6)));
    }

    @Test
    void secretsAreRandomAndOnlyTheirHashIsKept() {
        String secret = OneTimeLink.newSecret();
        assertNotEquals(secret, OneTimeLink.newSecret());
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(64, OneTimeLink.hashOf(secret).length());
        assertNotEquals(secret, OneTimeLink.hashOf(secret));
    }

    @Test
    void aCitizensAddressIsConfirmedOnlyByTheLinkWhileOthersAreConfirmedAtCreation() {
        Account citizen = Account.citizen("citizen@example.kr", "시민", "hash", NOW);
        assertFalse(citizen.hasConfirmedEmail());
        assertThrows(EmailNotConfirmed.class, citizen::requireConfirmedEmail);
        citizen.confirmEmail(NOW);
        citizen.requireConfirmedEmail();

        assertTrue(Account.administrator("admin@example.kr", "관리자", "hash", NOW).hasConfirmedEmail());
        assertTrue(Account.reviewer("expert@example.kr", "위원", Panel.values()[0], "hash", NOW)
                .hasConfirmedEmail());
    }
}
