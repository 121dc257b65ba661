package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Brings the citizens' panels up to date at start-up (a deadline passed while down freezes now), after the schema. */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "StartupSeeder", "EjbPanelTimers"})
public class PanelTimersStartup {

    @EJB
    EjbPanelTimers timers;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStartup() {
        timers.reconcile();
    }
}
