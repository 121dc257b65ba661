package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Reconciles the review timers with the database once the schema and seed data are in place.
 * A bean of its own because the schedule calls back into the timer bean, which a singleton may
 * not receive while it is still being constructed.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "StartupSeeder", "EjbReviewTimers"})
public class ReviewTimersStartup {

    @EJB
    EjbReviewTimers timers;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStartup() {
        timers.reconcile();
    }
}
