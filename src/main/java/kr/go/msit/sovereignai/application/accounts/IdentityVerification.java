package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused.Reason;
import kr.go.msit.sovereignai.domain.account.PersonKey;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;

/**
 * A signed-in citizen verifies their identity once (본인 인증) through the configured OpenID Connect provider. Only
 * the person key (a keyed hash of issuer and person claim) and, where asserted, birth year and sex are kept; a second
 * account of the same person is refused with the first one's address, masked. The web layer keeps the started
 * verification in the citizen's session and hands it back, once, with the provider's answer.
 *
 * <p>Only a citizen whose e-mail address is confirmed may verify: otherwise someone who registered another person's
 * address could verify as themselves and leave the verified identity to the mailbox's owner when they reclaim it.
 *
 * <p>The provider is spoken to (discovery, the token request, its keys) outside any transaction, so a slow or hostile
 * provider holds no transaction and no database connection; the result is stored by {@link IdentityRecords} in one
 * short transaction of its own.
 */
@Stateless
@RolesAllowed(Role.CITIZEN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdentityVerification {

    /** How long a started verification may take at the provider. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final IdentityProvider provider;
    private final AccountRepository accounts;
    private final VerifiedIdentityRepository identities;
    private final IdentityRecords records;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public IdentityVerification(
            IdentityProvider provider,
            AccountRepository accounts,
            VerifiedIdentityRepository identities,
            IdentityRecords records,
            Clock clock,
            Principal caller) {
        this.provider = provider;
        this.accounts = accounts;
        this.identities = identities;
        this.records = records;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected IdentityVerification() {
        this(null, null, null, null, null, null);
    }

    /**
     * What the verification page shows: whether verification is on, whether the caller's address is confirmed (it
     * must be, to verify), and the caller's verification if any.
     */
    public record Status(boolean available, boolean emailConfirmed, Instant verifiedAt, Integer birthYear, Sex sex)
            implements Serializable {

        public boolean verified() {
            return verifiedAt != null;
        }
    }

    /** A verification started by the caller and waiting for the provider's answer; kept in the session, used once. */
    public record Started(
            IdentityProvider.Authorization authorization, String account, Instant startedAt, String returnTo)
            implements Serializable {

        /** Where the citizen's browser goes next: the provider's authorization endpoint. */
        public URI providerAddress() {
            return authorization.authorizationAddress();
        }
    }

    public Status status() {
        boolean available = usableSettings().isPresent();
        Account account = callerAccount();
        boolean confirmed = account.hasConfirmedEmail();
        return identities
                .findByAccount(account.getId())
                .map(v -> new Status(
                        available,
                        confirmed,
                        v.getVerifiedAt(),
                        v.birthYear().orElse(null),
                        v.sex().orElse(null)))
                .orElseGet(() -> new Status(available, confirmed, null, null, null));
    }

    /**
     * Starts a verification that the provider will answer at {@code callback}; {@code returnTo} is a local address
     * the web layer checked (or null). Refused when verification is off, the caller's address is not confirmed, or
     * the caller is verified already.
     */
    public Started begin(@NotNull URI callback, String returnTo) {
        IdentityProvider.Settings settings = usableSettings().orElseThrow(() -> refused(Reason.OFF));
        Account account = callerAccount();
        if (!account.hasConfirmedEmail()) {
            throw refused(Reason.EMAIL_NOT_CONFIRMED);
        }
        if (identities.isVerified(account.getId())) {
            throw refused(Reason.ALREADY_VERIFIED);
        }
        return new Started(provider.authorize(settings, callback), account.getEmail(), clock.instant(), returnTo);
    }

    /**
     * The provider's answer to {@code started} (taken out of the session, so it is never answered twice): its state
     * must match, it must be recent, the code must redeem for a valid ID token, and its person must have no other
     * account. Stores the verified identity.
     */
    public Status complete(Started started, String state, String code, String error) {
        Account account = callerAccount();
        if (started == null
                || state == null
                || !MessageDigest.isEqual(
                        started.authorization().state().getBytes(StandardCharsets.UTF_8),
                        state.getBytes(StandardCharsets.UTF_8))
                || !started.account().equals(account.getEmail())) {
            throw refused(Reason.STATE);
        }
        if (clock.instant().isAfter(started.startedAt().plus(LIFETIME))) {
            throw refused(Reason.EXPIRED);
        }
        if (error != null || code == null || code.isBlank()) {
            throw refused(Reason.PROVIDER);
        }
        IdentityProvider.Settings settings = usableSettings().orElseThrow(() -> refused(Reason.OFF));
        if (!settings.issuer().equals(started.authorization().issuer())) {
            throw refused(Reason.STATE); // the provider changed while the citizen was away
        }
        if (!account.hasConfirmedEmail()) {
            throw refused(Reason.EMAIL_NOT_CONFIRMED);
        }
        if (identities.isVerified(account.getId())) {
            throw refused(Reason.ALREADY_VERIFIED);
        }
        // Outside any transaction: the token request and, when not cached, discovery and the provider's keys.
        IdentityProvider.Assertion assertion = provider.redeem(settings, started.authorization(), code);
        String personKey = PersonKey.derive(settings.key(), assertion.issuer(), assertion.person());
        VerifiedIdentity identity = records.store(
                account.getId(),
                personKey,
                assertion.birthYear().orElse(null),
                assertion.sex().orElse(null));
        return new Status(
                true,
                true,
                identity.getVerifiedAt(),
                identity.birthYear().orElse(null),
                identity.sex().orElse(null));
    }

    private Optional<IdentityProvider.Settings> usableSettings() {
        return provider.settings().filter(s -> PersonKey.acceptableKey(s.key()));
    }

    private Account callerAccount() {
        return accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                .orElseThrow(() -> new NotFound("account.notFound"));
    }

    private static IdentityVerificationRefused refused(Reason reason) {
        return new IdentityVerificationRefused(reason);
    }
}
