package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import kr.go.msit.sovereignai.domain.account.Base32;
import kr.go.msit.sovereignai.domain.account.SecondFactor;
import kr.go.msit.sovereignai.domain.account.SecondFactor.Outcome;
import kr.go.msit.sovereignai.domain.account.TimeBasedCodes;
import org.junit.jupiter.api.Test;

/** One-time passwords and recovery codes, with a clock the test sets (every instant is given explicitly). */
class SecondFactorTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z"); // a step boundary (divisible by 30 s)

    private final TimeBasedCodes codes = new TimeBasedCodes(RFC_SECRET);

    @Test
    void codesAreThoseOfRfc6238AppendixBTruncatedToSixDigits() {
        assertEquals("287082", codes.codeAt(Instant.ofEpochSecond(59)));
        assertEquals("081804", codes.codeAt(Instant.ofEpochSecond(1111111109)));
        assertEquals("050471", codes.codeAt(Instant.ofEpochSecond(1111111111)));
        assertEquals("005924", codes.codeAt(Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", codes.codeAt(Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void theSecretIsShownInBase32AsAuthenticatorAppsTakeIt() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SECRET));
        assertEquals("MZXW6YQ", Base32.encode("foob".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(32, Base32.encode(TimeBasedCodes.newSecret()).length(), "160 bits: 32 characters");
    }

    @Test
    void theCurrentAndThePreviousStepAreAcceptedNeitherOlderNorLater() {
        long step = TimeBasedCodes.stepAt(T0);
        Instant now = T0.plusSeconds(10);
        assertEquals(step, codes.stepOf(codes.codeAt(step), now).orElseThrow());
        assertEquals(step - 1, codes.stepOf(codes.codeAt(step - 1), now).orElseThrow(), "typed across the boundary");
        assertTrue(codes.stepOf(codes.codeAt(step - 2), now).isEmpty(), "a minute old");
        assertTrue(codes.stepOf(codes.codeAt(step + 1), now).isEmpty(), "from the future");
        assertEquals(
                step,
                codes.stepOf(
                                " " + codes.codeAt(step).substring(0, 3) + " "
                                        + codes.codeAt(step).substring(3),
                                now)
                        .orElseThrow(),
                "spaces as apps show them");
        assertTrue(codes.stepOf("12345", now).isEmpty());
        assertTrue(codes.stepOf("abcdef", now).isEmpty());
        assertTrue(codes.stepOf(null, now).isEmpty());
    }

    @Test
    void enrolmentCompletesOnlyWithAValidCurrentCode() {
        SecondFactor factor = SecondFactor.begin(7L, "sealed", T0);
        assertFalse(factor.isEnrolled());
        String wrong = otherThan(codes.codeAt(T0));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> factor.enrol(codes, wrong, T0));
        assertEquals("secondFactor.code.wrong", refused.messageKey());
        assertFalse(factor.isEnrolled(), "a wrong code changes nothing");
        assertEquals(Outcome.WRONG, factor.check(codes, codes.codeAt(T0), T0), "no sign-in code before enrolment");

        List<String> recovery = factor.enrol(codes, codes.codeAt(T0), T0);
        assertTrue(factor.isEnrolled());
        assertEquals(SecondFactor.RECOVERY_CODES, recovery.size());
        assertEquals(SecondFactor.RECOVERY_CODES, new HashSet<>(recovery).size());
        assertTrue(recovery.stream().allMatch(c -> c.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}")), recovery.toString());
        assertEquals(
                "secondFactor.alreadyEnrolled",
                assertThrows(DomainRuleViolation.class, () -> factor.enrol(codes, codes.codeAt(T0.plusSeconds(30)), T0))
                        .messageKey());
    }

    @Test
    void aCodeIsUsableOnceAndNoOlderCodeAfterIt() {
        SecondFactor factor = enrolledAt(T0);
        Instant later = T0.plusSeconds(60);
        String current = codes.codeAt(later);
        assertEquals(Outcome.REUSED, factor.check(codes, codes.codeAt(T0), T0.plusSeconds(5)), "the enrolment's code");
        assertEquals(Outcome.ACCEPTED, factor.check(codes, current, later));
        assertEquals(Outcome.REUSED, factor.check(codes, current, later.plusSeconds(3)), "the same code again");
        assertEquals(
                Outcome.REUSED,
                factor.check(codes, codes.codeAt(later.minusSeconds(30)), later.plusSeconds(3)),
                "the previous step's code, older than the accepted one");
        assertEquals(
                Outcome.WRONG,
                factor.check(codes, otherThan(codes.codeAt(later.plusSeconds(30)), current), later.plusSeconds(30)));
        assertEquals(Outcome.ACCEPTED, factor.check(codes, codes.codeAt(later.plusSeconds(30)), later.plusSeconds(30)));
        assertEquals(Outcome.WRONG, factor.check(codes, "", later.plusSeconds(60)));
    }

    @Test
    void aCodeFromAnotherSecretIsWrong() {
        SecondFactor factor = enrolledAt(T0);
        TimeBasedCodes another = new TimeBasedCodes(TimeBasedCodes.newSecret());
        Instant later = T0.plusSeconds(90);
        String foreign = another.codeAt(later);
        if (!foreign.equals(codes.codeAt(later)) && !foreign.equals(codes.codeAt(later.minusSeconds(30)))) {
            assertEquals(Outcome.WRONG, factor.check(codes, foreign, later));
        }
    }

    @Test
    void eachRecoveryCodeWorksOnceInAnyCaseWithOrWithoutDashes() {
        SecondFactor factor = SecondFactor.begin(7L, "sealed", T0);
        List<String> recovery = factor.enrol(codes, codes.codeAt(T0), T0);
        Instant later = T0.plusSeconds(300);
        assertEquals(Outcome.RECOVERY_CODE_ACCEPTED, factor.check(codes, recovery.get(0), later));
        assertEquals(SecondFactor.RECOVERY_CODES - 1, factor.recoveryCodesLeft());
        assertEquals(Outcome.WRONG, factor.check(codes, recovery.get(0), later), "spent");
        assertEquals(
                Outcome.RECOVERY_CODE_ACCEPTED,
                factor.check(codes, recovery.get(1).replace("-", "").toLowerCase(java.util.Locale.ROOT), later));
        assertEquals(Outcome.WRONG, factor.check(codes, "AAAA-BBBB-CCCC-DDDD", later));

        List<String> replaced = factor.replaceRecoveryCodes();
        assertEquals(SecondFactor.RECOVERY_CODES, factor.recoveryCodesLeft());
        assertEquals(Outcome.WRONG, factor.check(codes, recovery.get(2), later), "old codes stop working");
        assertEquals(Outcome.RECOVERY_CODE_ACCEPTED, factor.check(codes, replaced.get(0), later));
    }

    @Test
    void everyPasswordChangeAndDisablingMovesTheCredentialsGenerationOn() {
        kr.go.msit.sovereignai.domain.account.Account account =
                kr.go.msit.sovereignai.domain.account.Account.citizen("g@example.kr", "세대", "hash-1", T0);
        int first = account.getCredentialsGeneration();
        account.changePassword("hash-2");
        assertEquals(first + 1, account.getCredentialsGeneration());
        assertEquals(
                "account.disable.reasonRequired",
                assertThrows(DomainRuleViolation.class, () -> account.disable(" ", T0))
                        .messageKey());
        account.disable("spam", T0);
        assertTrue(account.isDisabled());
        assertEquals(first + 2, account.getCredentialsGeneration());
        assertThrows(DomainRuleViolation.class, () -> account.disable("again", T0));
        account.enable();
        assertFalse(account.isDisabled());
        assertEquals(first + 2, account.getCredentialsGeneration(), "enabling revives no old session");
        assertThrows(DomainRuleViolation.class, account::enable);
    }

    private SecondFactor enrolledAt(Instant at) {
        SecondFactor factor = SecondFactor.begin(7L, "sealed", at);
        factor.enrol(codes, codes.codeAt(at), at);
        return factor;
    }

    /** A six-digit code different from all of {@code avoid}. */
    private static String otherThan(String... avoid) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (java.util.Arrays.stream(avoid).noneMatch(code::equals)) {
                assertNotEquals(avoid[0], code);
                return code;
            }
        }
    }
}
