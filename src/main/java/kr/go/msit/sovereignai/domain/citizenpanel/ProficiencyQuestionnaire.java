package kr.go.msit.sovereignai.domain.citizenpanel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The published scoring rule of AI proficiency: five questions (how often one uses generative AI; whether one has
 * written prompts for a task at work or study; whether one can say what a language model is trained on; whether one
 * has checked an AI answer against a source; whether one has built or configured an AI tool or model), each answered
 * 0 (no / never), 1 (somewhat / sometimes) or 2 (yes / often). The total 0..10 gives LOW (0-3), MID (4-7) or HIGH
 * (8-10). The question texts are {@code panel.question.1..5} in the bundles.
 */
public final class ProficiencyQuestionnaire {

    public static final int QUESTIONS = 5;
    public static final int MAX_ANSWER = 2;
    /** The highest total that is LOW, and the highest that is MID. */
    public static final int LOW_UP_TO = 3;

    public static final int MID_UP_TO = 7;

    private ProficiencyQuestionnaire() {}

    /** The level of five answers; {@link VolunteerFormInvalid} unless there are exactly five, each 0..2. */
    public static Proficiency score(List<Integer> answers) {
        int total = total(answers);
        if (total <= LOW_UP_TO) {
            return Proficiency.LOW;
        }
        return total <= MID_UP_TO ? Proficiency.MID : Proficiency.HIGH;
    }

    public static int total(List<Integer> answers) {
        if (answers == null || answers.size() != QUESTIONS) {
            throw new VolunteerFormInvalid(VolunteerFormInvalid.Field.QUESTIONNAIRE, "panel.volunteer.questionnaire");
        }
        int total = 0;
        for (Integer answer : answers) {
            if (answer == null || answer < 0 || answer > MAX_ANSWER) {
                throw new VolunteerFormInvalid(
                        VolunteerFormInvalid.Field.QUESTIONNAIRE, "panel.volunteer.questionnaire");
            }
            total += answer;
        }
        return total;
    }

    /** The answers as stored ({@code 0,1,2,1,0}). */
    public static String canonical(List<Integer> answers) {
        total(answers);
        return answers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
