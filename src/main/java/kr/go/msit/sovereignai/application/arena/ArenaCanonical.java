package kr.go.msit.sovereignai.application.arena;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.go.msit.sovereignai.domain.arena.AnswerSetFile;
import kr.go.msit.sovereignai.domain.arena.CommittedPrompt;
import kr.go.msit.sovereignai.domain.arena.PromptSetFile;
import kr.go.msit.sovereignai.domain.arena.TeamAnswer;

/** The stored prompts and answers back in the canonical form their digests were computed over. */
final class ArenaCanonical {

    private ArenaCanonical() {}

    static String prompts(List<CommittedPrompt> prompts) {
        return PromptSetFile.canonical(
                prompts.stream().map(CommittedPrompt::prompt).toList());
    }

    static String answers(List<TeamAnswer> answers, Map<Long, String> promptKeys) {
        Map<String, String> byKey = new TreeMap<>();
        answers.forEach(a -> byKey.put(promptKeys.get(a.getPromptId()), a.getAnswer()));
        return AnswerSetFile.canonical(byKey);
    }
}
