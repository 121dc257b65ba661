package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import kr.go.msit.sovereignai.domain.KoreanTime;

/** The one source of "now". Tests and later review timers read time only through this clock. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.system(KoreanTime.ZONE);
    }
}
