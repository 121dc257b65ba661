package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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

    /** Holds the lease row's lock for {@code duration}, as another node's reconciliation does, then lets go. */
    public void hold(String key, Duration duration) {
        settings.lock(key);
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
