package kr.go.msit.sovereignai.application.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;

/** Who a signed-in citizen is, for the ballot and the arena: one way to find the account and require a confirmed address. */
@ApplicationScoped
public class ConfirmedCitizens {

    private final AccountRepository accounts;
    private final BallotPageCache cache;

    @Inject
    public ConfirmedCitizens(AccountRepository accounts, BallotPageCache cache) {
        this.accounts = accounts;
        this.cache = cache;
    }

    /** For the container's proxies only. */
    protected ConfirmedCitizens() {
        this(null, null);
    }

    /**
     * The account id of the citizen signed in as {@code email}, refused with {@code EmailNotConfirmed}
     * until the address is confirmed. Only confirmed citizens are cached, and a confirmation is never taken back.
     */
    public long idOf(String email) {
        return cache.citizenId(email, () -> {
            Account citizen = accounts.findByEmail(EmailAddress.canonical(email))
                    .orElseThrow(() -> new NotFound("account.notFound"));
            citizen.requireConfirmedEmail();
            return citizen.getId();
        });
    }
}
