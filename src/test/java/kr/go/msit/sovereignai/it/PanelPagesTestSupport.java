package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import kr.go.msit.sovereignai.application.citizenpanel.PanelFreeze;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.Proficiency;
import kr.go.msit.sovereignai.domain.citizenpanel.Province;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/**
 * Test support for the panel's pages (issue 23): volunteers of chosen features, each with a fresh citizen account and
 * person key, stored as the service would store them; and the freeze run at once (as the deadline's timer would).
 * Test archives only.
 */
@Stateless
@PermitAll
public class PanelPagesTestSupport {

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    CitizenPanelRepository panels;

    @Inject
    AccountRepository accounts;

    @Inject
    PanelFreeze freeze;

    /** {@code count} volunteers of one type in the round's panel; answers all 0, 1 or 2 as the level implies. */
    public int volunteers(int roundNumber, int count, Sex sex, int birthYear, Province province, Proficiency level) {
        long roundId = rounds.findByNumber(roundNumber).orElseThrow().getId();
        CitizenPanel panel = panels.findByRound(roundId).orElseThrow();
        String answers = switch (level) {
            case LOW -> "0,0,0,0,0";
            case MID -> "1,1,1,1,1";
            case HIGH -> "2,2,2,2,2";
        };
        for (int i = 0; i < count; i++) {
            Account citizen = Account.citizen(
                    "panel-fixture-" + UUID.randomUUID() + "@example.kr", "패널 지원자", "not-a-real-hash", Instant.now());
            accounts.store(citizen);
            byte[] random = new byte[8];
            new java.security.SecureRandom().nextBytes(random);
            PanelVolunteer volunteer = new PanelVolunteer(
                    panel.getId(),
                    roundId,
                    citizen.getId(),
                    "fixture-person-" + UUID.randomUUID(),
                    HexFormat.of().formatHex(random),
                    new PanelVolunteer.Features(sex, true, birthYear, true, province, level, answers),
                    Instant.now());
            panels.storeVolunteer(volunteer, roundNumber);
        }
        return count;
    }

    /** The freeze, as the deadline's timer runs it (the clock must be past the deadline). */
    public void freeze(int roundNumber) {
        freeze.runDue(roundNumber);
    }
}
