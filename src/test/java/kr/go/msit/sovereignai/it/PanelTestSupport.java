package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens;
import kr.go.msit.sovereignai.application.citizenpanel.Volunteering;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/**
 * Test support for the citizens' panel (issue 23): confirmed citizens with or without a verified identity, made
 * cheaply, and a citizen's volunteering service acting as that citizen (each call in its own transaction, a refusal
 * rolling it back as the real service's would). Test archives only.
 */
@Stateless
@PermitAll
public class PanelTestSupport {

    @Inject
    AccountRepository accounts;

    @Inject
    VerifiedIdentityRepository identities;

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    CitizenPanelRepository panels;

    @Inject
    ConfirmedCitizens citizens;

    @Inject
    Event<StateChange> changes;

    @Inject
    Clock clock;

    /** A confirmed citizen; verified with this sex and birth year unless {@code sex} is null. Returns the address. */
    public String citizen(Sex sex, Integer birthYear) {
        String email = "panel-" + UUID.randomUUID() + "@example.kr";
        Account account = Account.citizen(email, "패널 시민", "not-a-real-hash", Instant.now());
        accounts.store(account);
        account.confirmEmail(Instant.now());
        if (sex != null) {
            identities.store(new VerifiedIdentity(account.getId(), personKey(), birthYear, sex, Instant.now()));
        }
        return email;
    }

    /** A random person key: 64 hexadecimal digits, as the identity provider's keyed hash gives. */
    private static String personKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.HexFormat.of().formatHex(key);
    }

    public List<String> citizens(List<Sex> sexes, List<Integer> birthYears) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < sexes.size(); i++) {
            emails.add(citizen(sexes.get(i), birthYears.get(i)));
        }
        return emails;
    }

    /** Runs {@code work} with the volunteering service of the citizen signed in as {@code email}. */
    public <T> T as(String email, Function<Volunteering, T> work) {
        return work.apply(new Volunteering(rounds, panels, identities, citizens, changes, () -> email, clock));
    }
}
