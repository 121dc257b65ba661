package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.go.msit.sovereignai.application.cluster.Invalidations;
import kr.go.msit.sovereignai.application.cluster.KeptValue;
import org.junit.jupiter.api.Test;

/** The one shape of the caches that follow changes on every node: a value is kept while young and while no topic it depends on changed. */
class KeptValueTest {

    private static final long MINUTE = 60_000_000_000L;

    private final Invalidations invalidations = new Invalidations(new InMemorySharedMaps());

    @Test
    void aValueIsKeptUntilAnyOfItsTopicsChanges() {
        invalidations.changed("rounds");
        KeptValue<String> kept = KeptValue.load(invalidations, () -> "round 1 open", "rounds", "material");
        assertEquals("round 1 open", kept.value());
        assertTrue(KeptValue.isFresh(kept, invalidations, MINUTE));

        invalidations.changed("other topic");
        assertTrue(KeptValue.isFresh(kept, invalidations, MINUTE), "another topic's change leaves it");
        invalidations.changed("material");
        assertFalse(KeptValue.isFresh(kept, invalidations, MINUTE), "a topic that had never changed now has");

        KeptValue<String> again = KeptValue.load(invalidations, () -> "round 1 closed", "rounds", "material");
        invalidations.changed("rounds");
        assertFalse(KeptValue.isFresh(again, invalidations, MINUTE));
    }

    @Test
    void aChangeWhileLoadingIsNeverKeptAndNothingOutlivesItsAge() {
        KeptValue<String> loadedDuringAChange = KeptValue.load(
                invalidations,
                () -> {
                    invalidations.changed("rounds");
                    return "read before the change committed";
                },
                "rounds");
        assertFalse(KeptValue.isFresh(loadedDuringAChange, invalidations, MINUTE));

        KeptValue<String> kept = KeptValue.load(invalidations, () -> "value", "rounds");
        assertFalse(KeptValue.isFresh(kept, invalidations, 0), "older than a maximum age of zero");
        assertFalse(KeptValue.isFresh(null, invalidations, MINUTE), "nothing kept is not fresh");
    }
}
