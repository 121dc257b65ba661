package kr.go.msit.sovereignai.application.arena;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.arena.AnswerSet;
import kr.go.msit.sovereignai.domain.arena.ArenaRepository;
import kr.go.msit.sovereignai.domain.arena.BattleIssuer;
import kr.go.msit.sovereignai.domain.arena.CommittedPrompt;
import kr.go.msit.sovereignai.domain.arena.TeamAnswer;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/**
 * What opening an arena round does to its arena, in the opening's transaction: a flagged answer
 * nobody decided on excludes its prompt (an answer never reveals its team while the round is open),
 * and the battle cells are laid out, in a random order, over the prompts left and the teams on the
 * round's roster that uploaded answers. From then on prompts and answers are frozen (the round is no longer scheduled).
 */
@ApplicationScoped
public class ArenaOpening {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ArenaRepository arena;
    private final Event<StateChange> changes;

    @Inject
    public ArenaOpening(ArenaRepository arena, Event<StateChange> changes) {
        this.arena = arena;
        this.changes = changes;
    }

    /** For the container's proxies only. */
    protected ArenaOpening() {
        this(null, null);
    }

    /** Called right after {@code round} opened. */
    public void opened(ReviewRound round) {
        if (!round.rulebook().isArena() || arena.promptSet(round.getId()).isEmpty()) {
            return;
        }
        List<CommittedPrompt> prompts = arena.prompts(round.getId());
        Set<Long> undecided = arena.answers(round.getId()).stream()
                .filter(a -> a.awaitsDecision(false))
                .map(TeamAnswer::getPromptId)
                .collect(Collectors.toSet());
        prompts.stream()
                .filter(p -> !p.isExcluded() && undecided.contains(p.getId()))
                .forEach(p -> {
                    p.exclude("식별 위험 답변이 열기 전까지 결정되지 않아 제외됨 / A revealing answer was not decided before opening");
                    changes.fire(new StateChange(
                            AuditAction.ARENA_PROMPT_EXCLUDED,
                            "review " + round.getNumber() + " prompt " + p.getKey(),
                            null,
                            "excluded at opening: " + p.getExclusionReason()));
                });
        Set<Long> answered = arena.answerSets(round.getId()).stream()
                .map(AnswerSet::getTeamId)
                .collect(Collectors.toSet());
        List<Long> teams = round.getRoster().stream().filter(answered::contains).toList();
        List<Long> promptIds = prompts.stream()
                .filter(p -> !p.isExcluded())
                .map(CommittedPrompt::getId)
                .toList();
        if (teams.size() >= 2 && !promptIds.isEmpty()) {
            arena.layOut(round.getId(), BattleIssuer.layout(promptIds, teams, RANDOM));
        }
    }
}
