package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.OptionalLong;
import kr.go.msit.sovereignai.application.audit.AuditTrail;
import kr.go.msit.sovereignai.application.programme.TeamAdministration;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import org.junit.jupiter.api.Test;

/** State changes are appended to the hash-chained audit log; verification finds a tampered entry. */
class AuditIT extends ContainerTest {

    @Inject
    AsAdministrator administrator;

    @Inject
    AuditTrail audit;

    @Inject
    TeamAdministration teams;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Test
    void aChangeIsRecordedWithItsActorAndTheChainVerifiesUntilAnEntryIsTamperedWith() throws Exception {
        String name = "Audited Team " + System.nanoTime();
        administrator.call(() -> teams.register(new TeamProfile("감사 대상 팀", name, "주관기관", List.of(), "Model", null)));

        AuditEntry latest = administrator.call(() -> audit.latest(1)).get(0);
        assertEquals("TEAM_REGISTERED", latest.getAction());
        assertEquals(Deployments.ADMIN_EMAIL, latest.getActor(), "the run-as administrator of the test");
        assertTrue(latest.getAfter().contains(name));
        assertEquals(OptionalLong.empty(), administrator.call(() -> audit.verify()), "the untouched chain verifies");

        transaction.begin();
        entityManager
                .createNativeQuery("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence_number = ?1")
                .setParameter(1, latest.getSequence())
                .executeUpdate();
        transaction.commit();
        try {
            assertEquals(
                    OptionalLong.of(latest.getSequence()),
                    administrator.call(() -> audit.verify()),
                    "verification reports the first broken link");
        } finally {
            transaction.begin();
            entityManager
                    .createNativeQuery("UPDATE audit_entry SET actor = ?2 WHERE sequence_number = ?1")
                    .setParameter(1, latest.getSequence())
                    .setParameter(2, latest.getActor())
                    .executeUpdate();
            transaction.commit();
        }
        assertEquals(
                OptionalLong.empty(), administrator.call(() -> audit.verify()), "restored, the chain verifies again");
    }
}
