package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Base32;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.SecondFactor;
import kr.go.msit.sovereignai.domain.account.SecondFactorRepository;
import kr.go.msit.sovereignai.domain.account.SecretSealing;
import kr.go.msit.sovereignai.domain.account.TimeBasedCodes;
import kr.go.msit.sovereignai.domain.audit.AuditAction;

/**
 * Administrators and reviewers enrol a time-based one-time password (any authenticator app) and then need a code at
 * every sign-in; an operator setting makes enrolment mandatory for them. Citizens have no second factor.
 */
@Stateless
@PermitAll
public class SecondFactors {

    /** The name authenticator apps show above the code. */
    public static final String ISSUER = "Sovereign AI Review";

    /**
     * What the enrolment page shows: the secret to scan or type while enrolling; the state once enrolled; or that
     * enrolment is unavailable (no key for sealing secrets is configured: the operator must set one).
     */
    public record Enrolment(
            boolean enrolled,
            String secret,
            String otpauthUri,
            Instant enrolledAt,
            int recoveryCodesLeft,
            boolean available) {

        static Enrolment unavailable() {
            return new Enrolment(false, null, null, null, 0, false);
        }
    }

    private final AccountRepository accounts;
    private final SecondFactorRepository factors;
    private final SecretSealing sealing;
    private final SecondFactorPolicy policy;
    private final Event<StateChange> changes;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public SecondFactors(
            AccountRepository accounts,
            SecondFactorRepository factors,
            SecretSealing sealing,
            SecondFactorPolicy policy,
            Event<StateChange> changes,
            Clock clock,
            Principal caller) {
        this.accounts = accounts;
        this.factors = factors;
        this.sealing = sealing;
        this.policy = policy;
        this.changes = changes;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected SecondFactors() {
        this(null, null, null, null, null, null, null);
    }

    /** Whether this role may (and, when the operator says so, must) have a second factor. */
    private boolean appliesTo(Role role) {
        return role == Role.ADMIN || role == Role.EXPERT;
    }

    /**
     * The caller's enrolment: once enrolled, its date and spare recovery codes; before, the secret to give the app
     * (the same one until enrolment completes, so reloading the page does not invalidate what was scanned).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    public Enrolment callerEnrolment() {
        Account account = callerAccount();
        Optional<SecondFactor> existing = factors.find(account.getId());
        if (existing.isPresent() && existing.get().isEnrolled()) {
            SecondFactor enrolled = existing.get();
            return new Enrolment(true, null, null, enrolled.getEnrolledAt(), enrolled.recoveryCodesLeft(), true);
        }
        if (!sealing.available()) {
            return Enrolment.unavailable(); // never a secret stored unsealed
        }
        byte[] secretBytes = null;
        if (existing.isPresent()) {
            try {
                secretBytes = sealing.open(account.getId(), existing.get().getSealedSecret());
            } catch (SecretSealing.Unreadable sealedOtherwise) {
                factors.remove(existing.get()); // not enrolled yet: start again under the configured key
            }
        }
        if (secretBytes == null) {
            secretBytes = TimeBasedCodes.newSecret();
            factors.store(
                    SecondFactor.begin(account.getId(), sealing.seal(account.getId(), secretBytes), clock.instant()));
        }
        String secret = Base32.encode(secretBytes);
        return new Enrolment(false, secret, otpauthUri(account.getEmail(), secret), null, 0, true);
    }

    /**
     * The caller typed a code from their app: enrolment completes when it is valid now, and the returned recovery
     * codes are shown once. A wrong code is refused (secondFactor.code.wrong) and changes nothing.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    public List<String> completeCallerEnrolment(String code) {
        Account account = callerAccount();
        if (!sealing.available()) {
            throw new DomainRuleViolation("secondFactor.unavailable");
        }
        SecondFactor factor = factors.findForUpdate(account.getId())
                .orElseThrow(() -> new DomainRuleViolation("secondFactor.notStarted"));
        TimeBasedCodes codes;
        try {
            codes = codes(factor);
        } catch (SecretSealing.Unreadable sealedOtherwise) {
            throw new DomainRuleViolation("secondFactor.notStarted");
        }
        List<String> recoveryCodes = factor.enrol(codes, code, clock.instant());
        changes.fire(new StateChange(
                AuditAction.SECOND_FACTOR_ENROLLED,
                "account " + account.getId(),
                null,
                account.getRole().name()));
        return recoveryCodes;
    }

    /** New recovery codes for the enrolled caller (the old ones stop working), shown once. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXPERT_NAME})
    public List<String> replaceCallerRecoveryCodes() {
        Account account = callerAccount();
        SecondFactor factor = factors.findForUpdate(account.getId())
                .orElseThrow(() -> new DomainRuleViolation("secondFactor.notEnrolled"));
        List<String> recoveryCodes = factor.replaceRecoveryCodes();
        changes.fire(new StateChange(
                AuditAction.SECOND_FACTOR_RECOVERY_CODES_REPLACED, "account " + account.getId(), null, null));
        return recoveryCodes;
    }

    /** Whether the signed-in caller is an administrator or reviewer who must enrol before anything else. */
    public boolean callerMustEnrol() {
        if (!policy.required()) {
            return false;
        }
        try {
            return accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                    .filter(a -> appliesTo(a.getRole()))
                    .map(a -> factors.find(a.getId()).map(f -> !f.isEnrolled()).orElse(true))
                    .orElse(false);
        } catch (DomainRuleViolation anonymous) {
            return false;
        }
    }

    /**
     * At sign-in, after the password was right: the code typed, checked against the account's second factor and
     * spent when accepted (its row is locked, so two sign-ins cannot both spend it). Empty when the account has no
     * enrolled second factor (no code is needed).
     */
    public Optional<SecondFactor.Outcome> checkAtSignIn(long accountId, String code) {
        Optional<SecondFactor> factor = factors.find(accountId).filter(SecondFactor::isEnrolled);
        if (factor.isEmpty()) {
            return Optional.empty();
        }
        if (code == null || code.isBlank()) {
            return Optional.of(SecondFactor.Outcome.WRONG);
        }
        SecondFactor locked = factors.findForUpdate(accountId).orElseThrow();
        TimeBasedCodes codes = null;
        try {
            codes = codes(locked);
        } catch (SecretSealing.Unreadable unreadable) {
            // no key, another key, or a row stored unsealed: time-based codes cannot be checked; recovery codes
            // (hashes) still can, and an administrator can reset the second factor
            if (TimeBasedCodes.isCodeShaped(TimeBasedCodes.normalise(code))) {
                return Optional.of(SecondFactor.Outcome.UNREADABLE);
            }
        }
        SecondFactor.Outcome outcome = locked.check(codes, code, clock.instant());
        if (outcome == SecondFactor.Outcome.RECOVERY_CODE_ACCEPTED) {
            changes.fire(new StateChange(
                    AuditAction.SECOND_FACTOR_RECOVERY_CODE_USED,
                    "account " + accountId,
                    null,
                    locked.recoveryCodesLeft() + " left"));
        }
        return Optional.of(outcome);
    }

    private TimeBasedCodes codes(SecondFactor factor) {
        return new TimeBasedCodes(sealing.open(factor.getAccountId(), factor.getSealedSecret()));
    }

    /** The address authenticator apps read from the QR code (Key Uri Format: SHA1, 6 digits, 30 s). */
    static String otpauthUri(String email, String secret) {
        String label = encode(ISSUER) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + TimeBasedCodes.DIGITS + "&period="
                + TimeBasedCodes.STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Account callerAccount() {
        return accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                .orElseThrow(() -> new NotFound("account.notFound"));
    }
}
