package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;

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
    private final VerifiedIdentityRepository identities;
    private final PasswordHashing passwordHashing;
    private final AccountMail mail;
    private final EmailVerification verification;
    private final Clock clock;
    private final Principal caller;
    /** Tells this node's {@link CredentialGenerations} at once that the account's other sessions must end. */
    private final Event<CredentialsChanged> credentialsChanged;

    @Inject
    public AccountService(
            AccountRepository accounts,
            VerifiedIdentityRepository identities,
            PasswordHashing passwordHashing,
            AccountMail mail,
            EmailVerification verification,
            Clock clock,
            Principal caller,
            Event<CredentialsChanged> credentialsChanged) {
        this.accounts = accounts;
        this.identities = identities;
        this.passwordHashing = passwordHashing;
        this.mail = mail;
        this.verification = verification;
        this.clock = clock;
        this.caller = caller;
        this.credentialsChanged = credentialsChanged;
    }

    /** For the container's proxies only. */
    protected AccountService() {
        this(null, null, null, null, null, null, null, null);
    }

    /**
     * Signs a citizen up. Addresses are one account per {@link kr.go.msit.sovereignai.domain.account.Mailbox}: with
     * verification on, a new mailbox gets a confirmation link; a mailbox whose account is confirmed (or belongs to a
     * reviewer or administrator) gets a notice to its owner; a mailbox whose citizen account was never confirmed
     * gets a reclaim link that carries nothing of this sign-up: whoever reads the mail chooses the account's name and
     * password on the link's page ({@link #reclaimAccount}), so a stranger who signs up with someone else's address
     * never learns or sets anything. All three answer
     * {@code CONFIRMATION_SENT}, after the same password hashing: the page never tells a stranger which addresses
     * have accounts. {@code siteAddress} is the public base URL the links start with.
     */
    public SignUpOutcome signUpCitizen(@NotNull @Valid SignUpRequest request, @NotNull String siteAddress) {
        String email = EmailAddress.canonical(request.email());
        Optional<Account> registered = accounts.findByEmail(email);
        // Hashed on every path, so the three answers take as long: a stranger cannot time which addresses exist.
        String passwordHash = passwordHashing.hash(request.password().toCharArray());
        Instant now = clock.instant();
        if (registered.isPresent() && verification.required()) {
            Account owner = registered.get();
            if (!owner.hasConfirmedEmail() && owner.getRole() == Role.CITIZEN) {
                String secret = OneTimeLink.newSecret();
                accounts.store(new OneTimeLink(owner.getId(), OneTimeLink.Purpose.RECLAIM_ACCOUNT, secret, now));
                mail.sendReclaimLink(email, siteAddress + "/reclaim-account.xhtml?link=" + secret);
            } else {
                mail.sendAlreadyRegistered(
                        owner.getEmail(), siteAddress + "/login.xhtml", siteAddress + "/forgot-password.xhtml");
            }
            return SignUpOutcome.CONFIRMATION_SENT;
        }
        if (registered.isPresent()) {
            throw new InvalidInput(InvalidInput.Input.EMAIL, "account.email.taken");
        }
        Account account = Account.citizen(email, request.displayName(), passwordHash, now);
        if (!verification.required()) {
            account.confirmEmail(now);
        }
        // The unique constraints (address and mailbox) are the real guard (the repository turns them into
        // account.email.taken); the look-up above only makes the answer early.
        accounts.store(account);
        if (!verification.required()) {
            return SignUpOutcome.READY;
        }
        sendConfirmationLink(account, siteAddress, now);
        return SignUpOutcome.CONFIRMATION_SENT;
    }

    /**
     * The citizen pressed "confirm" on the page their mailed link opened (a POST: a mail scanner fetching the link
     * confirms nothing): the address is theirs.
     */
    public void confirmEmail(String secret) {
        OneTimeLink link = confirmationLink(secret);
        Instant now = clock.instant();
        link.use(OneTimeLink.Purpose.CONFIRM_EMAIL, now);
        accounts.find(link.getAccountId()).orElseThrow().confirmEmail(now);
    }

    /** Refused as {@link #confirmEmail} would be, changing nothing: what the link's page says before its button. */
    public void checkConfirmationLink(String secret) {
        confirmationLink(secret).check(OneTimeLink.Purpose.CONFIRM_EMAIL, clock.instant());
    }

    private OneTimeLink confirmationLink(String secret) {
        return findLink(secret, OneTimeLink.Purpose.CONFIRM_EMAIL);
    }

    private OneTimeLink findLink(String secret, OneTimeLink.Purpose purpose) {
        return accounts.findLink(OneTimeLink.hashOf(secret == null ? "" : secret))
                .filter(link -> link.getPurpose() == purpose)
                .orElseThrow(purpose::unknown);
    }

    /** Refused as {@link #reclaimAccount} would be for the link, changing nothing: before its form. */
    public void checkReclaimLink(String secret) {
        OneTimeLink link = findLink(secret, OneTimeLink.Purpose.RECLAIM_ACCOUNT);
        link.check(OneTimeLink.Purpose.RECLAIM_ACCOUNT, clock.instant());
        Account account = accounts.find(link.getAccountId()).orElseThrow();
        if (account.hasConfirmedEmail()) {
            throw new DomainRuleViolation("emailConfirmation.used");
        }
    }

    /**
     * The owner of a mailbox takes over the unconfirmed citizen account registered with it, through the reclaim link
     * mailed there: the name and password ({@link PasswordRule}) they choose now replace the account's, the address
     * counts as confirmed, every session signed in with the old password ends, and the account's verified identity
     * is forgotten (whoever verified it was the person who registered, not the mailbox's owner). Once, within the
     * link's time; refused for an account confirmed meanwhile.
     */
    public void reclaimAccount(String secret, String displayName, String newPassword) {
        PasswordRule.check(newPassword);
        OneTimeLink link = findLink(secret, OneTimeLink.Purpose.RECLAIM_ACCOUNT);
        Instant now = clock.instant();
        link.use(OneTimeLink.Purpose.RECLAIM_ACCOUNT, now);
        Account account = accounts.findForUpdate(link.getAccountId()).orElseThrow();
        account.reclaim(displayName, passwordHashing.hash(newPassword.toCharArray()), now);
        identities.deleteByAccount(account.getId());
        credentialsChanged.fire(new CredentialsChanged(account.getEmail()));
    }

    /** Refused as {@link #resetPasswordWithLink} would be for the link, changing nothing: before its form. */
    public void checkResetLink(String secret) {
        accounts.findLink(OneTimeLink.hashOf(secret == null ? "" : secret))
                .orElseThrow(OneTimeLink.Purpose.RESET_PASSWORD::unknown)
                .check(OneTimeLink.Purpose.RESET_PASSWORD, clock.instant());
    }

    /**
     * "Forgot password": mails a one-time reset link (valid {@code RESET_PASSWORD}'s hour) to the account that
     * {@code address} reaches, if there is one. Answers nothing either way, and a malformed address is no different:
     * the page says the same to everyone.
     */
    public void requestPasswordReset(String address, @NotNull String siteAddress) {
        Optional<Account> account;
        try {
            account = accounts.findByEmail(address);
        } catch (DomainRuleViolation notAnAddress) {
            return;
        }
        account.ifPresent(owner -> {
            String secret = OneTimeLink.newSecret();
            accounts.store(new OneTimeLink(owner.getId(), OneTimeLink.Purpose.RESET_PASSWORD, secret, clock.instant()));
            mail.sendPasswordResetLink(owner.getEmail(), siteAddress + "/reset-password.xhtml?link=" + secret);
        });
    }

    /**
     * Sets a new password ({@link PasswordRule}) with a reset link: once, within its hour. Whoever uses it reads
     * mail at the address, so the address counts as confirmed too.
     */
    public void resetPasswordWithLink(String secret, String newPassword) {
        PasswordRule.check(newPassword);
        OneTimeLink link = accounts.findLink(OneTimeLink.hashOf(secret == null ? "" : secret))
                .orElseThrow(OneTimeLink.Purpose.RESET_PASSWORD::unknown);
        Instant now = clock.instant();
        link.use(OneTimeLink.Purpose.RESET_PASSWORD, now);
        Account account = accounts.find(link.getAccountId()).orElseThrow();
        account.changePassword(passwordHashing.hash(newPassword.toCharArray()));
        account.confirmEmail(now);
        credentialsChanged.fire(new CredentialsChanged(account.getEmail()));
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
        mail.sendConfirmationLink(account.getEmail(), confirmationLink(siteAddress, secret));
    }

    private static String confirmationLink(String siteAddress, String secret) {
        return siteAddress + "/confirm-email.xhtml?link=" + secret;
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
        Account account = accounts.find(link.getAccountId()).orElseThrow();
        account.changePassword(passwordHashing.hash(newPassword.toCharArray()));
        credentialsChanged.fire(new CredentialsChanged(account.getEmail()));
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
        credentialsChanged.fire(new CredentialsChanged(account.getEmail()));
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
