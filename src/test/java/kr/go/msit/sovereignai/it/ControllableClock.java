package kr.go.msit.sovereignai.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import kr.go.msit.sovereignai.domain.KoreanTime;

/**
 * The server's clock in test archives: the system clock, unless a test pins it to an instant (through {@link
 * SecondFactorTestServlet}) to check one-time passwords of chosen time steps; the test releases it afterwards. Test
 * archives only: it replaces {@code infrastructure/time/ClockProducer}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ControllableClock {

    private static volatile Instant pinned;

    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return KoreanTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            Instant at = pinned;
            return at == null ? Instant.now() : at;
        }
    };

    @Produces
    @Alternative
    Clock clock() {
        return CLOCK;
    }

    static void pin(Instant at) {
        pinned = at;
    }

    static void release() {
        pinned = null;
    }
}
