package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.domain.round.Postponement;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.infrastructure.seed.StartupSeeder;
import org.junit.jupiter.api.Test;

/** The schema was migrated on the empty test database and the programme seeded once. */
class SeedingIT extends ContainerTest {

    @Inject
    StartupSeeder seeder;

    @Inject
    AsAdministrator administrator;

    @Inject
    ProgrammeCatalogue catalogue;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theSchemaWasMigratedFromAnEmptyDatabase() {
        @SuppressWarnings("unchecked")
        List<Object[]> history = entityManager
                .createNativeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .getResultList();
        assertFalse(history.isEmpty(), "Flyway recorded the migrations it applied");
        assertEquals("1", String.valueOf(history.get(0)[0]), "the history starts at version 1: the database was empty");
        history.forEach(
                row -> assertTrue(Boolean.parseBoolean(String.valueOf(row[1])), "migration " + row[0] + " succeeded"));
    }

    @Test
    void aSecondSeedingChangesNothing() {
        long teams = count("Team");
        long rounds = count("ReviewRound");
        long leases = count("GpuLease");
        long allocations = count("GpuAllocation");
        long programmes = count("Programme");

        assertThrows(EJBAccessException.class, () -> seeder.seedIfEmpty(), "only start-up or an administrator seeds");
        assertFalse(administrator.call(seeder::seedIfEmpty), "the programme was seeded at start-up already");

        assertEquals(teams, count("Team"));
        assertEquals(rounds, count("ReviewRound"));
        assertEquals(leases, count("GpuLease"));
        assertEquals(allocations, count("GpuAllocation"));
        assertEquals(1, programmes);
        assertEquals(programmes, count("Programme"));
    }

    @Test
    void theSeedIsTheProgrammeOfTheSourceArticle() {
        List<String> names =
                catalogue.allTeams().stream().map(t -> t.name().ko()).toList();
        assertTrue(names.containsAll(List.of("네이버클라우드", "업스테이지", "SK텔레콤", "NC AI", "LG AI연구원")), names.toString());

        ReviewRound review1 = catalogue.rounds().get(0);
        assertEquals(1, review1.getNumber());
        assertEquals(
                ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15)),
                review1.timeline().window());
        assertTrue(review1.timeline().postponements().get(0).reason().ko().contains("GPU"));
        // The test server first started long after January 2026: the window was missed, and waits for a new one.
        assertEquals(2, review1.timeline().postponements().size());
        assertEquals(
                Postponement.Kind.MISSED,
                review1.timeline().postponements().get(1).kind());
        assertEquals(
                LocalDate.of(2025, 12, 31),
                review1.timeline().originalWindow().asWholeDays().orElseThrow().last());

        assertEquals(2, catalogue.gpuLedger().leases().size());
        assertEquals(
                2048,
                catalogue.gpuLedger().leases().stream()
                        .mapToInt(lease -> lease.quantity())
                        .sum());
        assertEquals(3, catalogue.gpuLedger().allocations().size());
        assertEquals(6, catalogue.programme().orElseThrow().reviewIntervalMonths());
    }

    private long count(String entity) {
        return entityManager
                .createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class)
                .getSingleResult();
    }
}
