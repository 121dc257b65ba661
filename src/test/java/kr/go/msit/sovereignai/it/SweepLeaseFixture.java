package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.go.msit.sovereignai.infrastructure.persistence.PlatformSettings;

/** The timer sweeps' lease rows (V27), as another node would leave or hold them (test archives only). */
@Stateless
@PermitAll
public class SweepLeaseFixture {

    @Inject
    PlatformSettings settings;

    /** Records the last reconciliation under {@code key} as started {@code ago}. */
    public void lastStarted(String key, Duration ago) {
        settings.put(key, Instant.now().minus(ago).toString());
    }

    /**
     * Holds the lease row's lock, as another node's reconciliation does: says so on {@code held}, then lets go when
     * {@code release} is counted down (or after 30 s).
     */
    public void hold(String key, CountDownLatch held, CountDownLatch release) {
        settings.lock(key);
        held.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
