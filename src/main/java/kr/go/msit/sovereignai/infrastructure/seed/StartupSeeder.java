package kr.go.msit.sovereignai.infrastructure.seed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocation;
import kr.go.msit.sovereignai.domain.gpu.GpuAllocationTerms;
import kr.go.msit.sovereignai.domain.gpu.GpuLease;
import kr.go.msit.sovereignai.domain.gpu.GpuLedgerRepository;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;
import kr.go.msit.sovereignai.infrastructure.persistence.PlatformSettings;

/**
 * Puts the programme from the source article into an empty database at first start. Seeding
 * runs under a lock on its settings row and marks itself done in the same transaction, so a
 * second start (or a second server) seeds nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class StartupSeeder {

    static final String SEED_KEY = "seed.programme";
    private static final Logger LOG = Logger.getLogger(StartupSeeder.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    TeamRepository teams;

    @Inject
    ReviewSchedule schedule;

    @Inject
    GpuLedgerRepository gpuLedger;

    @PostConstruct
    void atStartup() {
        seedIfEmpty();
    }

    /** Seeds the programme unless it was seeded before; says whether it did. Start-up calls it directly. */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean seedIfEmpty() {
        if ("done".equals(settings.lock(SEED_KEY))) {
            return false;
        }
        programmes.store(ProgrammeSeed.programme());
        ProgrammeSeed.teams().forEach(teams::store);
        schedule.add(ProgrammeSeed.review1());
        ProgrammeSeed.laterReviews().forEach(schedule::add);
        ProgrammeSeed.leases().forEach(terms -> gpuLedger.store(new GpuLease(terms)));
        for (String code : ProgrammeSeed.teamsSuppliedByGovernment()) {
            Team team = teams.findByCode(code).orElseThrow();
            gpuLedger.store(new GpuAllocation(
                    team,
                    new GpuAllocationTerms(
                            team.getId(),
                            ProgrammeSeed.MINISTRY_KO,
                            ProgrammeSeed.GOVERNMENT_SUPPLY_ACCELERATOR,
                            null,
                            null,
                            "배분 수량 비공개 · " + ProgrammeSeed.SOURCE_NOTE)));
        }
        settings.put(SEED_KEY, "done");
        LOG.info("Seeded the programme, five consortia, three review rounds and the GPU ledger");
        return true;
    }
}
