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
    void aReclaimLinkCarriesTheNewSignUpAndRefusalsSpeakOfConfirmation() {
        OneTimeLink link = OneTimeLink.reclaim(7, "secret", NOW, " X@Gmail.com ", "주인", "new-hash");
        assertEquals(Purpose.RECLAIM_ACCOUNT, link.getPurpose());
        assertEquals("x@gmail.com", link.getPendingEmail());
        assertEquals("주인", link.getPendingDisplayName());
        assertEquals("new-hash", link.getPendingPasswordHash());
        link.use(Purpose.RECLAIM_ACCOUNT, NOW);
        assertEquals(
                "emailConfirmation.used",
                assertThrows(DomainRuleViolation.class, () -> link.use(Purpose.RECLAIM_ACCOUNT, NOW))
                        .messageKey());
    }

    @Test
    void theOwnerReclaimsAnUnconfirmedCitizenAccountWithTheAddressTheyProved() {
        Account squatted = Account.citizen("x.y+squat@gmail.com", "무단", "strangers-hash", NOW);
        squatted.reclaim("xy@gmail.com", " 주인 ", "owners-hash", NOW.plusSeconds(5));
        assertEquals("xy@gmail.com", squatted.getEmail());
        assertEquals("xy@gmail.com", squatted.getMailbox());
        assertEquals("주인", squatted.getDisplayName());
        assertEquals("owners-hash", squatted.getPasswordHash());
        assertTrue(squatted.hasConfirmedEmail());
    }

    @Test
    void aConfirmedAccountAReviewerOrAnotherMailboxCannotBeReclaimed() {
        Account confirmed = Account.citizen("x@gmail.com", "주인", "hash", NOW);
        confirmed.confirmEmail(NOW);
        assertThrows(DomainRuleViolation.class, () -> confirmed.reclaim("x@gmail.com", "남", "other", NOW));
        assertEquals("hash", confirmed.getPasswordHash());

        Account reviewer = Account.reviewer("r@gmail.com", "위원", Panel.EXPERT, "hash", NOW);
        assertThrows(DomainRuleViolation.class, () -> reviewer.reclaim("r@gmail.com", "남", "other", NOW));

        Account unconfirmed = Account.citizen("x@gmail.com", "주인", "hash", NOW);
        assertEquals(
                "emailConfirmation.unknown",
                assertThrows(DomainRuleViolation.class, () -> unconfirmed.reclaim("x@naver.com", "남", "other", NOW))
                        .messageKey());
        assertFalse(unconfirmed.hasConfirmedEmail());
        assertEquals("hash", unconfirmed.getPasswordHash());
    }
}
