package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;
import kr.go.msit.sovereignai.domain.account.OneTimeLink.Purpose;
import kr.go.msit.sovereignai.domain.round.Panel;
import org.junit.jupiter.api.Test;

/** Reset links last an hour and work once; a reclaim hands an unconfirmed citizen account to its mailbox's owner. */
class OneMailboxLinksTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void aResetLinkWorksOnceWithinItsHourAndOnlyForResetting() {
        assertEquals(Duration.ofHours(1), Purpose.RESET_PASSWORD.validFor());
        OneTimeLink link = new OneTimeLink(7, Purpose.RESET_PASSWORD, "secret", NOW);
        link.check(Purpose.RESET_PASSWORD, NOW.plusSeconds(60));
        link.check(Purpose.RESET_PASSWORD, NOW.plusSeconds(60)); // checking spends nothing
        assertEquals(
                "setupLink.unknown",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.SET_PASSWORD, NOW))
                        .messageKey(),
                "a reset link is no set-up link");
        assertEquals(
                "passwordReset.expired",
                assertThrows(DomainRuleViolation.class, () -> link.check(Purpose.RESET_PASSWORD, NOW.plusSeconds(3600)))
                        .messageKey());
        link.use(Purpose.RESET_PASSWORD, NOW.plusSeconds(3599));
        assertEquals(
                "passwordReset.used",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.RESET_PASSWORD, NOW.plusSeconds(3599)))
                        .messageKey());
    }

    @Test
    void aReclaimLinkCarriesNothingOfTheSignUpAndRefusalsSpeakOfConfirmation() {
        OneTimeLink link = new OneTimeLink(7, Purpose.RECLAIM_ACCOUNT, "secret", NOW);
        assertEquals(Purpose.RECLAIM_ACCOUNT, link.getPurpose());
        assertEquals(
                java.util.Set.of("id", "accountId", "purpose", "secretHash", "expiresAt", "usedAt", "version"),
                java.util.Arrays.stream(OneTimeLink.class.getDeclaredFields())
                        .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                        .map(java.lang.reflect.Field::getName)
                        .collect(java.util.stream.Collectors.toSet()),
                "a link stores no name, address or password of whoever asked for it");
        assertEquals(
                "emailConfirmation.unknown",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.CONFIRM_EMAIL, NOW))
                        .messageKey(),
                "a reclaim link is no confirmation link");
        link.use(Purpose.RECLAIM_ACCOUNT, NOW);
        assertEquals(
                "emailConfirmation.used",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.RECLAIM_ACCOUNT, NOW))
                        .messageKey());
    }

    @Test
    void theOwnerReclaimsAnUnconfirmedCitizenAccountWithTheNameAndPasswordTheyChoose() {
        Account squatted = Account.citizen("x.y+squat@gmail.com", "무단", "strangers-hash", NOW);
        int generation = squatted.getCredentialsGeneration();
        squatted.reclaim(" 주인 ", "owners-hash", NOW.plusSeconds(5));
        assertEquals("x.y+squat@gmail.com", squatted.getEmail(), "the address reaches the same mailbox");
        assertEquals("xy@gmail.com", squatted.getMailbox());
        assertEquals("주인", squatted.getDisplayName());
        assertEquals("owners-hash", squatted.getPasswordHash());
        assertTrue(squatted.hasConfirmedEmail());
        assertTrue(squatted.getCredentialsGeneration() > generation, "the stranger's sessions end");
    }

    @Test
    void aConfirmedAccountOrAReviewerCannotBeReclaimed() {
        Account confirmed = Account.citizen("x@gmail.com", "주인", "hash", NOW);
        confirmed.confirmEmail(NOW);
        assertEquals(
                "emailConfirmation.used",
                assertThrows(DomainRuleViolation.class, () -> confirmed.reclaim("남", "other", NOW))
                        .messageKey());
        assertEquals("hash", confirmed.getPasswordHash());
        assertEquals("주인", confirmed.getDisplayName());

        Account reviewer = Account.reviewer("r@gmail.com", "위원", Panel.EXPERT, "hash", NOW);
        assertThrows(DomainRuleViolation.class, () -> reviewer.reclaim("남", "other", NOW));
        assertEquals("hash", reviewer.getPasswordHash());

        Account unconfirmed = Account.citizen("x@gmail.com", "주인", "hash", NOW);
        assertThrows(InvalidInput.class, () -> unconfirmed.reclaim(" ", "other", NOW), "a name is required");
        assertFalse(unconfirmed.hasConfirmedEmail());
    }
}
