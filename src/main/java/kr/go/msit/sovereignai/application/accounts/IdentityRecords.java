package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused.Reason;
import kr.go.msit.sovereignai.domain.account.MaskedEmail;
import kr.go.msit.sovereignai.domain.account.PersonAlreadyVerified;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;

/**
 * Stores a verification {@link IdentityVerification} has checked with the provider, in one short transaction: the
 * provider is spoken to before, outside any transaction, so a slow provider holds no database connection. The rules
 * that depend on the database are checked here again, inside the transaction: the account is still unverified and its
 * address confirmed, and no other account has the same person key (the unique constraint holds under a race).
 */
@Stateless
@RolesAllowed(kr.go.msit.sovereignai.domain.account.Role.CITIZEN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class IdentityRecords {

    private final AccountRepository accounts;
    private final VerifiedIdentityRepository identities;
    private final Clock clock;

    @Inject
    public IdentityRecords(AccountRepository accounts, VerifiedIdentityRepository identities, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected IdentityRecords() {
        this(null, null, null);
    }

    /** Keeps {@code personKey} (and the asserted birth year and sex) for the account {@code accountId}. */
    public VerifiedIdentity store(long accountId, String personKey, Integer birthYear, Sex sex) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFound("account.notFound"));
        if (!account.hasConfirmedEmail()) {
            throw new IdentityVerificationRefused(Reason.EMAIL_NOT_CONFIRMED);
        }
        if (identities.isVerified(accountId)) {
            throw new IdentityVerificationRefused(Reason.ALREADY_VERIFIED);
        }
        Optional<VerifiedIdentity> other = identities.findByPersonKey(personKey);
        if (other.isPresent()) {
            throw new PersonAlreadyVerified(maskedAddressOf(other.get().getAccountId()));
        }
        VerifiedIdentity identity = new VerifiedIdentity(accountId, personKey, birthYear, sex, clock.instant());
        try {
            identities.store(identity);
        } catch (PersonAlreadyVerified concurrently) {
            // Another account of the same person was verified in the meantime; the database's constraint held.
            throw new PersonAlreadyVerified(null);
        }
        return identity;
    }

    private String maskedAddressOf(long accountId) {
        return accounts.find(accountId).map(a -> MaskedEmail.mask(a.getEmail())).orElse(null);
    }
}
