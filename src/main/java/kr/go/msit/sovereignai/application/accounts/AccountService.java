package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.account.PasswordRule;
import kr.go.msit.sovereignai.domain.account.Role;

/**
 * Citizens sign up themselves and confirm their address through a mailed one-time link;
 * experts and administrators are never created here.
 */
@Stateless
@PermitAll
public class AccountService {

    /** What a sign-up led to, for the page to say. */
    public enum SignUpOutcome {
        /** A confirmation link (or, for a registered address, a notice to its owner) is on its way. */
        CONFIRMATION_SENT,
        /** E-mail verification is off: the account is ready and the person can be signed in. */
        READY
    }

    private final AccountRepository accounts;
    private final PasswordHashing passwordHashing;
    private final AccountMail mail;
    private final EmailVerification verification;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public AccountService(
            AccountRepository accounts,
            PasswordHashing passwordHashing,
            AccountMail mail,
            EmailVerification verification,
            Clock clock,
            Principal caller) {
        this.accounts = accounts;
        this.passwordHashing = passwordHashing;
        this.mail = mail;
        this.verification = verification;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected AccountService() {
        this(null, null, null, null, null, null);
    }

    /**
     * Signs a citizen up. With verification on, a new address gets a confirmation link and a
     * registered one a notice to its owner, and both answer {@code CONFIRMATION_SENT}: the page
     * never tells a stranger which addresses have accounts. {@code siteAddress} is the public base
     * URL the links start with.
     */
    public SignUpOutcome signUpCitizen(@NotNull @Valid SignUpRequest request, @NotNull String siteAddress) {
        String email = EmailAddress.canonical(request.email());
        boolean registered = accounts.findByEmail(email).isPresent();
        if (registered && verification.required()) {
            mail.sendAlreadyRegistered(email, siteAddress + "/login.xhtml");
            return SignUpOutcome.CONFIRMATION_SENT;
        }
        if (registered) {
            throw new InvalidInput(InvalidInput.Input.EMAIL, "account.email.taken");
        }
        Instant now = clock.instant();
        Account account = Account.citizen(
                email,
                request.displayName(),
                passwordHashing.hash(request.password().toCharArray()),
                now);
        if (!verification.required()) {
            account.confirmEmail(now);
        }
        // The unique constraint is the real guard (the repository turns it into account.email.taken);
        // the look-up above only makes the answer early.
        accounts.store(account);
        if (!verification.required()) {
            return SignUpOutcome.READY;
        }
        sendConfirmationLink(account, siteAddress, now);
        return SignUpOutcome.CONFIRMATION_SENT;
    }

    /** The citizen opened the link mailed to them: the address is theirs. */
    public void confirmEmail(String secret) {
        OneTimeLink link = accounts.findLink(OneTimeLink.hashOf(secret == null ? "" : secret))
                .orElseThrow(OneTimeLink.Purpose.CONFIRM_EMAIL::unknown);
        Instant now = clock.instant();
        link.use(OneTimeLink.Purpose.CONFIRM_EMAIL, now);
        accounts.find(link.getAccountId()).orElseThrow().confirmEmail(now);
    }

    /** Whether the signed-in citizen may vote yet, as far as their address goes. */
    @RolesAllowed(Role.CITIZEN_NAME)
    public boolean callerHasConfirmedEmail() {
        return callerAccount().hasConfirmedEmail();
    }

    /** A new confirmation link for the signed-in citizen; false (nothing sent) when the address is already confirmed. */
    @RolesAllowed(Role.CITIZEN_NAME)
    public boolean resendConfirmationLink(@NotNull String siteAddress) {
        Account account = callerAccount();
        if (account.hasConfirmedEmail()) {
            return false;
        }
        sendConfirmationLink(account, siteAddress, clock.instant());
        return true;
    }

    private void sendConfirmationLink(Account account, String siteAddress, Instant now) {
        String secret = OneTimeLink.newSecret();
        accounts.store(new OneTimeLink(account.getId(), OneTimeLink.Purpose.CONFIRM_EMAIL, secret, now));
        mail.sendConfirmationLink(account.getEmail(), siteAddress + "/confirm-email.xhtml?link=" + secret);
    }

    private Account callerAccount() {
        return accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                .orElseThrow(() -> new NotFound("account.notFound"));
    }

    /** A reviewer sets their password with the one-time link an administrator gave them. */
    public void setPasswordWithLink(String secret, String newPassword) {
        PasswordRule.check(newPassword);
        OneTimeLink link = accounts.findLink(OneTimeLink.hashOf(secret == null ? "" : secret))
                .orElseThrow(OneTimeLink.Purpose.SET_PASSWORD::unknown);
        link.use(OneTimeLink.Purpose.SET_PASSWORD, clock.instant());
        accounts.find(link.getAccountId())
                .orElseThrow()
                .changePassword(passwordHashing.hash(newPassword.toCharArray()));
    }

    /**
     * The signed-in person replaces their password, proving they know the current one. The new
     * one follows {@link PasswordRule} and must differ from the current one (a generated password
     * that must be changed cannot be kept).
     */
    @RolesAllowed({Role.CITIZEN_NAME, Role.EXPERT_NAME, Role.ADMIN_NAME})
    public void changeCallerPassword(String currentPassword, String newPassword) {
        PasswordRule.check(newPassword);
        Account account = callerAccount();
        if (currentPassword == null
                || currentPassword.length() > PasswordRule.MAX_LENGTH
                || !passwordHashing.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new InvalidInput(InvalidInput.Input.CURRENT_PASSWORD, "account.password.currentWrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInput(InvalidInput.Input.PASSWORD, "account.password.unchanged");
        }
        account.changePassword(passwordHashing.hash(newPassword.toCharArray()));
    }

    /** Whether the signed-in person must choose a new password before anything else; false when nobody is signed in. */
    public boolean callerMustChangePassword() {
        try {
            return accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                    .map(Account::mustChangePassword)
                    .orElse(false);
        } catch (DomainRuleViolation anonymous) {
            return false;
        }
    }

    /** The signed-in caller's display name, for the page header; empty when nobody is signed in. */
    public Optional<String> callerDisplayName() {
        String name = caller.getName();
        try {
            return accounts.findByEmail(EmailAddress.canonical(name)).map(Account::getDisplayName);
        } catch (DomainRuleViolation anonymous) {
            return Optional.empty();
        }
    }
}
