package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.sovereignai.application.programme.GpuLedgerAdministration;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.TeamAdministration;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocationTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;
import kr.go.msit.sovereignai.domain.gpu.GpuLeaseTerms;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import org.junit.jupiter.api.Test;

/** Administrators register and edit teams and keep the GPU ledger; nobody else can. */
class AdministrationIT extends ContainerTest {

    @Inject
    AsAdministrator administrator;

    @Inject
    TeamAdministration teams;

    @Inject
    GpuLedgerAdministration gpuLedger;

    @Inject
    ProgrammeCatalogue catalogue;

    private static TeamProfile profile(String nameEn) {
        return new TeamProfile(
                "추가 정예팀", nameEn, "추가 주관기관", List.of("참여기관 1", "참여기관 2"), "Model-X", "https://demo.example.kr");
    }

    @Test
    void anAdministratorRegistersATeamThatCompetesFromTheNextRoundNotYetOpen() {
        String nameEn = "Added Team " + UUID.randomUUID().toString().substring(0, 8);
        Team team = administrator.call(() -> teams.register(profile(nameEn)));

        TeamView stored = catalogue.team(team.getCode()).orElseThrow();
        assertEquals(nameEn, stored.name().en());
        assertEquals(List.of("참여기관 1", "참여기관 2"), stored.memberOrganisations());
        // Review 1's whole window passed before the test server started, so it waits, missed, for a new window; review
        // 2's
        // window has come too, so it waits, held, for review 1's results. Neither has opened: a team added now competes
        // from review 1.
        assertTrue(catalogue.round(1).orElseThrow().isMissed(), "review 1 was missed while the platform was down");
        ReviewRound review2 = catalogue.round(2).orElseThrow();
        assertTrue(review2.isHeld() && review2.getStatus() == RoundStatus.SCHEDULED, "review 2 is held");
        assertEquals(1, stored.joinedRoundNumber(), "a team added now competes from the first review not yet open");
        assertTrue(stored.code().startsWith("added-team-"));
    }

    @Test
    void anEditBasedOnAnOutdatedVersionIsRefusedRatherThanLost() {
        Team team = administrator.call(() -> teams.register(
                profile("Edited Team " + UUID.randomUUID().toString().substring(0, 8))));
        long version = catalogue.team(team.getId()).orElseThrow().version();

        administrator.call(() -> teams.revise(team.getId(), version, profile("First Edit")));
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> administrator.call(() -> teams.revise(team.getId(), version, profile("Second Edit"))));

        assertEquals("edit.concurrentChange", refused.messageKey());
        assertEquals(
                "First Edit", catalogue.team(team.getId()).orElseThrow().name().en());
    }

    @Test
    void anInvalidProfileIsRefusedFieldByFieldAndNothingIsStored() {
        int before = catalogue.allTeams().size();
        ConstraintViolationException refused = assertThrows(
                ConstraintViolationException.class,
                () -> administrator.call(
                        () -> teams.register(new TeamProfile("", "", "", List.of(), "", "ftp://nope"))));

        List<String> fields = refused.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .sorted()
                .toList();
        assertEquals(List.of("demoUrl", "leadOrganisation", "nameEn", "nameKo"), fields);
        assertEquals(before, catalogue.allTeams().size());
    }

    @Test
    void theGpuLedgerIsKeptByAdministrators() {
        GpuLease lease = administrator.call(() -> gpuLedger.recordLease(
                new GpuLeaseTerms("KT", "과학기술정보통신부", "NVIDIA B300", 512, LocalDate.of(2026, 3, 1), null)));
        TeamView upstage = catalogue.team("upstage").orElseThrow();
        GpuAllocation allocation = administrator.call(() -> gpuLedger.recordAllocation(
                new GpuAllocationTerms(upstage.id(), "과학기술정보통신부", "NVIDIA B300", 256, null, "시험")));

        assertTrue(
                catalogue.gpuLedger().leases().stream().anyMatch(l -> l.id() == lease.getId() && l.quantity() == 512));
        assertTrue(
                catalogue.gpuSourcesOf(upstage).allocatedToTeam().stream().anyMatch(a -> a.id() == allocation.getId()));

        assertThrows(
                ConstraintViolationException.class,
                () -> administrator.call(() ->
                        gpuLedger.recordLease(new GpuLeaseTerms("KT", "과학기술정보통신부", "NVIDIA B300", 0, null, null))),
                "a lease of zero GPUs");

        administrator.run(() -> gpuLedger.removeAllocation(allocation.getId()));
        administrator.run(() -> gpuLedger.removeLease(lease.getId()));
        assertTrue(catalogue.gpuLedger().leases().stream().noneMatch(l -> l.id() == lease.getId()));
    }

    @Test
    void withoutTheAdministratorRoleEveryChangeIsRefused() {
        int before = catalogue.allTeams().size();
        assertThrows(EJBAccessException.class, () -> teams.register(profile("Intruder")));
        assertThrows(
                EJBAccessException.class,
                () -> gpuLedger.recordLease(new GpuLeaseTerms("KT", "과학기술정보통신부", "NVIDIA B300", 1, null, null)));
        assertEquals(before, catalogue.allTeams().size());
    }
}
