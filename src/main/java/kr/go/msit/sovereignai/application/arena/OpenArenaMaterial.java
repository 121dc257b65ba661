package kr.go.msit.sovereignai.application.arena;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.cluster.Invalidations;
import kr.go.msit.sovereignai.application.cluster.KeptValue;
import kr.go.msit.sovereignai.domain.audit.AuditAction.Subject;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;

/**
 * What every battle of an open arena shows and that cannot change while it is open: the prompts, the answers as safe
 * HTML, the number of prompts in play. An arena's material changes only while its round is scheduled
 * ({@code ReviewRound.acceptsArenaMaterial}) and battles are issued only while it is open, so a battle page needs the
 * database only for what is the citizen's own (and the round's status, read under its input gate). Cleared on any change of a round or of arena material, on every node
 * (an invalidation mark), to stay right if a rule ever loosens.
 */
@ApplicationScoped
public class OpenArenaMaterial {

    static final String TOPIC = "open-arena-material";

    /** Entries kept at most (a prompt or an answer each, an answer up to 16 KB); beyond, everything is read again. */
    static final int MOST_ENTRIES = 5_000;

    /** How long frozen material is kept at most: the bound should a change's mark be lost. */
    static final long MATERIAL_NANOS = 600_000_000_000L;

    /** How long the open rounds' numbers are kept at most, should a status ever change without a state change. */
    static final long OPEN_ROUNDS_NANOS = 5_000_000_000L;

    /** Each value with the marks noted before it was loaded: this cache's own, and that of the topic it also depends on. */
    private final Map<String, KeptValue<?>> kept = new ConcurrentHashMap<>();

    @Inject
    Invalidations invalidations;

    protected OpenArenaMaterial() {}

    /** For tests. */
    public OpenArenaMaterial(Invalidations invalidations) {
        this.invalidations = invalidations;
    }

    /** A prompt as a battle shows it. */
    record ShownPrompt(String category, String textKo, String textEn) {}

    /**
     * An arena round as it was when it accepted votes: what battles and votes need of it, none of which changes while
     * it is open except through a state change (which clears this). Its status is read fresh, under its input gate,
     * wherever a battle is issued or a vote recorded; its closing instant is checked here.
     */
    record OpenArena(long roundId, int number, int battleCap, boolean verifiedIdentityRequired, ReviewWindow window) {

        static OpenArena of(ReviewRound round) {
            return new OpenArena(
                    round.getId(),
                    round.getNumber(),
                    round.rulebook().arenaBattleCap(),
                    round.rulebook().requiresVerifiedIdentity(),
                    round.timeline().window());
        }

        /** As the round's own rule: from the window's end nothing is accepted, whatever the status (a close may run late). */
        boolean acceptsVotesAt(Instant now) {
            return !window.hasEndedAt(now);
        }
    }

    /** The arena rounds accepting votes when last read (kept a few seconds at most). */
    List<OpenArena> openArenas(Supplier<List<OpenArena>> load) {
        // Guarded by the rounds' own mark too: whatever makes the ballot pages read rounds afresh does the same here.
        return kept("open-rounds", Invalidations.ROUNDS_AND_TEAMS, OPEN_ROUNDS_NANOS, load);
    }

    /** The prompt as shown, read once. */
    ShownPrompt prompt(long promptId, Supplier<ShownPrompt> load) {
        return kept("prompt:" + promptId, TOPIC, MATERIAL_NANOS, load);
    }

    /** A team's answer to a prompt as safe HTML, rendered once. */
    String answerHtml(long promptId, long teamId, Supplier<String> load) {
        return kept("answer:" + promptId + ":" + teamId, TOPIC, MATERIAL_NANOS, load);
    }

    /** The round's prompts in play (none is excluded once it opened). */
    long includedPrompts(long roundId, Supplier<Long> load) {
        return kept("included:" + roundId, TOPIC, MATERIAL_NANOS, load);
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(String key, String topic, long maxAgeNanos, Supplier<T> load) {
        KeptValue<?> found = kept.get(key);
        if (KeptValue.isFresh(found, invalidations, maxAgeNanos)) {
            return (T) found.value();
        }
        KeptValue<T> loaded = KeptValue.load(invalidations, load, TOPIC, topic);
        if (kept.size() >= MOST_ENTRIES) {
            kept.clear();
        }
        kept.put(key, loaded);
        return loaded.value();
    }

    /** A round or arena material changed: cleared here at once and again when it commits, and on every node. */
    void changed(@Observes(during = TransactionPhase.IN_PROGRESS) StateChange change) {
        Subject subject = change.action().subject();
        if (subject == Subject.ARENA || subject == Subject.ROUND) {
            kept.clear();
            invalidations.changed(TOPIC);
        }
    }

    void changeCompleted(@Observes(during = TransactionPhase.AFTER_COMPLETION) StateChange change) {
        changed(change);
    }
}
