package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.infrastructure.seed.AdministratorBootstrap;

/** Fixtures of {@link SecondFactorTestServlet}. Test archives only. */
@Stateless
@PermitAll
public class SecondFactorTestSupport {

    @Inject
    AdministratorBootstrap administratorBootstrap;

    @Inject
    AccountRepository accounts;

    @Inject
    PanelRepository panels;

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    PasswordHashing passwordHashing;

    @PersistenceContext
    EntityManager entityManager;

    /** A new administrator with this password (nobody else signs in as them); the address. */
    public String createAdministrator(String password) {
        String email = "admin-2fa-" + UUID.randomUUID() + "@it.example";
        administratorBootstrap.createAdministrator(email, Optional.of(password));
        return email;
    }

    /** A new expert reviewer with this password, assigned to the round; the address. */
    public String createReviewer(String password, int roundNumber) {
        String email = "reviewer-2fa-" + UUID.randomUUID() + "@it.example";
        Account reviewer = Account.reviewer(
                email, "2단계 위원", Panel.EXPERT, passwordHashing.hash(password.toCharArray()), Instant.now());
        accounts.store(reviewer);
        panels.assign(reviewer.getId(), rounds.require(roundNumber).getId());
        return email;
    }

    /** The numbers of the rounds the reviewer is on the panel of, space-separated, ascending. */
    public String assignedRounds(String email) {
        Account reviewer = accounts.findByEmail(email).orElseThrow();
        return rounds.findAll().stream()
                .filter(r -> panels.isAssigned(reviewer.getId(), r.getId()))
                .map(r -> String.valueOf(r.getNumber()))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** Audit entries with this action about the account ("account <id>…"). */
    public long auditCount(String email, String action) {
        long id = accounts.findByEmail(email).orElseThrow().getId();
        return ((Number) entityManager
                        .createNativeQuery(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = ?1 AND (subject = ?2 OR subject LIKE ?3)")
                        .setParameter(1, action)
                        .setParameter(2, "account " + id)
                        .setParameter(3, "account " + id + " (%")
                        .getSingleResult())
                .longValue();
    }

    /** The second-factor secret column as stored (to check it is not the secret shown). */
    public String storedSecret(String email) {
        long id = accounts.findByEmail(email).orElseThrow().getId();
        return (String) entityManager
                .createNativeQuery("SELECT sealed_secret FROM second_factor WHERE account_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    }

    /** How many second-factor rows (started or enrolled) the account has. */
    public long secondFactorRows(String email) {
        long id = accounts.findByEmail(email).orElseThrow().getId();
        return ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM second_factor WHERE account_id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
    }

    /** Overwrites the stored secret column (a row left by an earlier version, e.g. {@code plain:…}). */
    public void replaceStoredSecret(String email, String stored) {
        long id = accounts.findByEmail(email).orElseThrow().getId();
        entityManager
                .createNativeQuery("UPDATE second_factor SET sealed_secret = ?1 WHERE account_id = ?2")
                .setParameter(1, stored)
                .setParameter(2, id)
                .executeUpdate();
    }
}
