package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * The citizens' panel scoring tests' own fixtures (issue 23): ballots whose ratings tell two teams apart, and a
 * round's panel with its seated, withdrawn and reserve members written straight into the V25 tables, as the panel
 * backend would leave them after a draw (or before one). Test archives only.
 */
@Stateless
@PermitAll
public class PanelScoringSupport {

    @Inject
    TestSupport support;

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    TeamRepository teams;

    @Inject
    AccountRepository accounts;

    @Inject
    BallotRepository ballots;

    @PersistenceContext
    EntityManager entityManager;

    /** An open rating round with two fixture teams and every team's benchmarks: "round stronger weaker". */
    public String ratingRound() {
        TestSupport.TallyFixture fixture = support.roundReadyToTally(List.of(), false);
        return fixture.round() + " " + fixture.strongerFixtureTeam() + " " + fixture.weakerFixtureTeam();
    }

    /**
     * Casts {@code count} ballots, each by a new citizen: team {@code first} rated {@code firstValue} and team
     * {@code second} {@code secondValue} on every criterion, every other team 3. Returns the citizens' account ids.
     */
    public List<Long> castRatings(int number, long first, int firstValue, long second, int secondValue, int count) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        List<Long> citizens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Account citizen = Account.citizen(
                    "panel-" + UUID.randomUUID() + "@example.kr", "패널 시험", "not-a-real-hash", Instant.now());
            accounts.store(citizen);
            List<Rating> all = new ArrayList<>();
            for (Team team : teams.competingIn(round)) {
                int value = team.getId() == first ? firstValue : team.getId() == second ? secondValue : 3;
                round.rulebook().publicCriteria().forEach(c -> all.add(new Rating(team.getId(), c.getId(), value)));
            }
            ballots.storeFirst(new Ballot(
                    round.getId(),
                    citizen.getId(),
                    all,
                    Receipt.derive(number, all, UUID.randomUUID().toString().getBytes()),
                    Instant.now()));
            citizens.add(citizen.getId());
        }
        return citizens;
    }

    /** The account id of a citizen signed up over HTTP. */
    public long accountId(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    /** How many teams compete in the round. */
    public int competing(int number) {
        return teams.competingIn(rounds.findByNumber(number).orElseThrow()).size();
    }

    /**
     * Gives the round a panel in {@code status} (DRAWN, or COMMITTED for one awaiting its draw) whose volunteers are
     * the accounts given: {@code members} seated, {@code withdrawn} seated and withdrawn after the draw,
     * {@code reserves} drawn as reserves.
     */
    public void panel(int number, String status, List<Long> members, List<Long> withdrawn, List<Long> reserves) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        Instant now = Instant.now();
        entityManager
                .createNativeQuery("INSERT INTO citizen_panel (round_id, panel_size, quotas, volunteering_deadline,"
                        + " draw_at, lotto_draw_number, status, pool_size, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                        + " ?8, 0)")
                .setParameter(1, roundId)
                .setParameter(2, Math.max(1, members.size() + withdrawn.size()))
                .setParameter(3, "test")
                .setParameter(4, now.minus(Duration.ofDays(2)))
                .setParameter(5, now.minus(Duration.ofDays(1)))
                .setParameter(6, 1200)
                .setParameter(7, status)
                .setParameter(8, members.size() + withdrawn.size() + reserves.size())
                .executeUpdate();
        long panelId = ((Number) entityManager
                        .createNativeQuery("SELECT id FROM citizen_panel WHERE round_id = ?1")
                        .setParameter(1, roundId)
                        .getSingleResult())
                .longValue();
        boolean drawn = "DRAWN".equals(status);
        members.forEach(id -> volunteer(panelId, roundId, id, drawn ? "MEMBER" : null, null));
        withdrawn.forEach(id -> volunteer(panelId, roundId, id, drawn ? "MEMBER" : null, now));
        reserves.forEach(id -> volunteer(panelId, roundId, id, drawn ? "RESERVE" : null, null));
    }

    private void volunteer(long panelId, long roundId, long accountId, String seat, Instant withdrawnAt) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        entityManager
                .createNativeQuery("INSERT INTO panel_volunteer (panel_id, round_id, account_id, person_key, pseudonym,"
                        + " sex, sex_verified, birth_year, birth_year_verified, province, proficiency,"
                        + " proficiency_answers, volunteered_at, withdrawn_at, in_pool, seat, seat_rank, version)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, 'F', FALSE, 1980, FALSE, 'SEOUL', 'MID', '1,1,1', ?6, ?7,"
                        + " TRUE, ?8, 1, 0)")
                .setParameter(1, panelId)
                .setParameter(2, roundId)
                .setParameter(3, accountId)
                .setParameter(4, unique)
                .setParameter(5, unique.substring(0, 16))
                .setParameter(6, Instant.now().minus(Duration.ofDays(3)))
                .setParameter(7, withdrawnAt)
                .setParameter(8, seat)
                .executeUpdate();
    }

    /** Publishes the round as an administrator would: "published", or "refused " and the refusal's message key. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String publish(int number) {
        try {
            support.publishResults(number, Disclosure.FULL);
            return "published";
        } catch (RuntimeException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainRuleViolation violation) {
                    return "refused " + violation.messageKey();
                }
            }
            throw refused;
        }
    }

    static List<Long> ids(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(",")).map(Long::valueOf).toList();
    }
}
