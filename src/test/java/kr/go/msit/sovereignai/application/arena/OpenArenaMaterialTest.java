package kr.go.msit.sovereignai.application.arena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kr.go.msit.sovereignai.application.InMemorySharedMaps;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.cluster.Invalidations;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import org.junit.jupiter.api.Test;

class OpenArenaMaterialTest {

    private static final Instant CLOSES_AT = Instant.parse("2027-01-01T09:00:00Z");

    private final InMemorySharedMaps maps = new InMemorySharedMaps();
    private final OpenArenaMaterial material = new OpenArenaMaterial(new Invalidations(maps));
    private final AtomicInteger loads = new AtomicInteger();

    private String answer() {
        return material.answerHtml(7, 3, () -> "<p>answer " + loads.incrementAndGet() + "</p>");
    }

    private List<OpenArenaMaterial.OpenArena> openArenas() {
        return List.of(new OpenArenaMaterial.OpenArena(
                10, loads.incrementAndGet(), 20, false, new ReviewWindow(CLOSES_AT.minusSeconds(86_400), CLOSES_AT)));
    }

    @Test
    void anOpenArenaAcceptsVotesUntilItsClosingInstant() {
        OpenArenaMaterial.OpenArena open = openArenas().get(0);
        assertTrue(open.acceptsVotesAt(CLOSES_AT.minusMillis(1)));
        assertFalse(open.acceptsVotesAt(CLOSES_AT));
    }

    @Test
    void anAnswerIsRenderedOnceWhileNothingChanges() {
        assertEquals("<p>answer 1</p>", answer());
        assertEquals("<p>answer 1</p>", answer());
        assertEquals(1, loads.get());
    }

    @Test
    void aChangeOfArenaMaterialOrOfARoundIsReadAfresh() {
        answer();
        material.changed(new StateChange(AuditAction.ARENA_ANSWERS_UPLOADED, "review 1", null, null));
        assertEquals("<p>answer 2</p>", answer());
        material.changeCompleted(new StateChange(AuditAction.ROUND_OPENED_EARLY, "review 1", null, null));
        assertEquals("<p>answer 3</p>", answer());
    }

    @Test
    void otherChangesKeepWhatWasRead() {
        answer();
        material.changed(new StateChange(AuditAction.ACCOUNT_DISABLED, "account 1", null, null));
        assertEquals("<p>answer 1</p>", answer());
    }

    @Test
    void aChangeOnAnotherNodeIsSeenThroughItsMark() {
        answer();
        // Another node's copy cleared its own and moved the shared mark.
        new OpenArenaMaterial(new Invalidations(maps))
                .changed(new StateChange(AuditAction.ARENA_PROMPT_EXCLUDED, "review 1", null, null));
        assertEquals("<p>answer 2</p>", answer());
    }

    @Test
    void theOpenRoundsAreReadAfreshWhenTheRoundsMarkMoves() {
        material.openArenas(this::openArenas);
        new Invalidations(maps).changed(Invalidations.ROUNDS_AND_TEAMS); // the ballot pages' cache forgot the rounds
        assertEquals(2, material.openArenas(this::openArenas).get(0).number());
        assertEquals("<p>answer 3</p>", answer(), "the material does not depend on the rounds' mark");
        assertEquals("<p>answer 3</p>", answer());
    }

    @Test
    void theOpenRoundsAreKeptBrieflyAndCachedPerKind() {
        assertEquals(1, material.openArenas(this::openArenas).get(0).number());
        assertEquals(1, material.openArenas(this::openArenas).get(0).number());
        assertEquals(5L, material.includedPrompts(1, () -> 5L));
        assertEquals(5L, material.includedPrompts(1, () -> 6L));
        assertEquals(1, loads.get());
    }
}
