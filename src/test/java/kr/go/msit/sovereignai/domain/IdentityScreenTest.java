package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.arena.AnswerSetFile;
import kr.go.msit.sovereignai.domain.arena.IdentityScreen;
import org.junit.jupiter.api.Test;

/** The identity screen: the programme's names found case- and width-insensitively, Latin names only as words. */
class IdentityScreenTest {

    /** Every name ProgrammeSeed gives the five seeded teams (Korean and English name, lead organisation, model). */
    static final List<String> SEEDED_NAMES = List.of(
            "네이버클라우드",
            "Naver Cloud",
            "HyperCLOVA X",
            "업스테이지",
            "Upstage",
            "Solar",
            "SK텔레콤",
            "SK Telecom",
            "A.X",
            "NC AI",
            "VARCO",
            "LG AI연구원",
            "LG AI Research",
            "EXAONE");
    /** What an administrator would add: Motif (the additional call) and the names people use. */
    static final List<String> ADMIN_EXTRAS = List.of(
            "모티프테크놀로지스", "Motif Technologies", "Motif", "네이버", "Naver", "하이퍼클로바", "SKT", "엔씨", "엘지", "LG", "엑사원", "솔라");

    private static IdentityScreen programmeScreen() {
        List<String> terms = new ArrayList<>(SEEDED_NAMES);
        terms.addAll(ADMIN_EXTRAS);
        return new IdentityScreen(terms);
    }

    private static List<String> revealed(String... terms) {
        return Arrays.asList(terms);
    }

    @Test
    void termsAreNormalisedDeduplicatedAndSorted() {
        IdentityScreen screen = new IdentityScreen(
                Arrays.asList(" EXAONE ", "exaone", "ＥＸＡＯＮＥ", "", "  ", null, "X", "업스테이지", "NC\t AI", "Solar"));
        assertEquals(List.of("exaone", "nc ai", "solar", "업스테이지"), screen.terms());
    }

    @Test
    void modelAndCompanyNamesAreFoundInAnyCaseAndWidth() {
        IdentityScreen screen = programmeScreen();
        assertEquals(revealed("exaone"), screen.revealedIn("저는 EXAONE 모델입니다."));
        assertEquals(revealed("exaone"), screen.revealedIn("저는 exaone입니다."));
        assertEquals(revealed("exaone"), screen.revealedIn("ＥＸＡＯＮＥ"));
        assertEquals(
                revealed("exaone"), screen.revealedIn("EXA\u200BONE"), "an invisible character does not hide a name");
        assertEquals(revealed("업스테이지"), screen.revealedIn("이 답변은 업스테이지의 모델이 작성했습니다."));
        assertEquals(revealed("sk텔레콤"), screen.revealedIn("SK텔레콤은"));
        assertEquals(revealed("lg", "lg ai research"), screen.revealedIn("Built by LG AI\nResearch."));
        assertEquals(revealed("lg", "lg ai연구원"), screen.revealedIn("LG AI연구원에서 만들었습니다"));
        assertEquals(revealed("nc ai"), screen.revealedIn("I am a model from NC  AI."));
        assertEquals(revealed("hyperclova x", "하이퍼클로바"), screen.revealedIn("HyperCLOVA X(하이퍼클로바)로서 답합니다"));
        assertEquals(revealed("motif", "motif technologies"), screen.revealedIn("Motif Technologies' model"));
    }

    /** What a citizen would read once the Markdown is rendered is screened too, not only its source. */
    @Test
    void aNameSpelledAcrossMarkdownIsFoundInTheTextItShows() {
        IdentityScreen screen = programmeScreen();
        assertEquals(revealed("업스테이지"), screen.revealedInAnswer("저희는 업*스*테이지의 모델입니다."), "emphasis inside the name");
        assertEquals(
                revealed("업스테이지"),
                screen.revealedInAnswer("저희는 [업스](https://example.kr)테이지 모델입니다."),
                "a link inside the name");
        assertEquals(
                revealed("업스테이지"), screen.revealedInAnswer("저희는 업&#49828;테이지 모델입니다."), "a Hangul character reference");
        assertEquals(revealed("solar"), screen.revealedInAnswer("S&#111;lar 모델입니다."), "a Latin character reference");
        assertEquals(List.of(), screen.revealedIn("저희는 업*스*테이지의 모델입니다."), "the source alone does not spell it");
        assertEquals(List.of(), screen.revealedInAnswer("**굵게** 쓴 _평범한_ 답변과 `코드`"));
    }

    @Test
    void latinNamesMatchOnlyAsWords() {
        IdentityScreen screen = programmeScreen();
        assertEquals(revealed("solar"), screen.revealedIn("Solar 10.7B"));
        assertEquals(revealed("solar"), screen.revealedIn("저는 Solar의 새 버전입니다"));
        assertEquals(revealed("solar"), screen.revealedIn("(solar)"));
        assertEquals(List.of(), screen.revealedIn("The solarium is warm; solarpanel and Solaris are other words."));
        assertEquals(revealed("a.x"), screen.revealedIn("A.X 4.0으로 답합니다"));
        assertEquals(revealed("a.x"), screen.revealedIn("모델: a.x"));
        assertEquals(List.of(), screen.revealedIn("data.xml 파일과 ax, XA.XY는 다릅니다"));
        assertEquals(List.of(), screen.revealedIn("The varcoal, exaones2 and upstages are invented words."));
        assertEquals(
                List.of(),
                screen.revealedIn("HyperCLOVA XL? No: hyperclova xl is not the name; algorithms, ESKT, SKTX"));
        assertEquals(List.of(), screen.revealedIn("엘리베이터 대신 계단을 이용하세요."));
    }

    @Test
    void termsShorterThanTwoCharactersAreIgnored() {
        IdentityScreen screen = new IdentityScreen(List.of("X", "엘", " a ", "AI"));
        assertEquals(List.of("ai"), screen.terms());
        assertEquals(List.of(), screen.revealedIn("X 엘 a"));
    }

    @Test
    void theExampleAnswersRevealNoTeam() throws IOException {
        IdentityScreen screen = programmeScreen();
        for (String team : AnswerSetFileTest.SEEDED_TEAM_CODES) {
            AnswerSetFile.Parsed parsed = AnswerSetFile.parse(
                    Files.readAllBytes(AnswerSetFileTest.exampleAnswers(team)), AnswerSetFileTest.examplePromptIds());
            for (Map.Entry<String, String> answer : parsed.answers().entrySet()) {
                assertEquals(List.of(), screen.revealedIn(answer.getValue()), team + " " + answer.getKey());
            }
            assertTrue(screen.passes(parsed.canonical()), team);
        }
    }
}
