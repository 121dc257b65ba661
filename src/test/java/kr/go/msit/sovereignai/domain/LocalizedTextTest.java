package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static String refusal(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).messageKey();
    }

    @Test
    void requiredTextHasBothLanguagesStripped() {
        LocalizedText text =
                LocalizedText.required(LocalizedText.of(" 기술 ", " Technology "), "criterion.label.required");
        assertEquals(LocalizedText.of("기술", "Technology"), text);
        assertEquals(
                "criterion.label.required",
                refusal(() -> LocalizedText.required(LocalizedText.of("기술", " "), "criterion.label.required")));
        assertEquals(
                "criterion.label.required",
                refusal(() -> LocalizedText.required(LocalizedText.of(null, "A"), "criterion.label.required")));
        assertEquals(
                "criterion.label.required", refusal(() -> LocalizedText.required(null, "criterion.label.required")));
    }

    @Test
    void koreanRequiredTextMayLackEnglish() {
        LocalizedText text =
                LocalizedText.koreanRequired(LocalizedText.of(" 연기 ", "  "), "postponement.reason.required");
        assertEquals("연기", text.ko());
        assertNull(text.en());
        assertEquals("연기", text.englishOrKorean().en());
        assertEquals(
                "postponement.reason.required",
                refusal(() ->
                        LocalizedText.koreanRequired(LocalizedText.of(" ", "Delay"), "postponement.reason.required")));
    }

    @Test
    void overlongTextIsRefused() {
        assertEquals(
                "text.tooLong",
                refusal(() -> LocalizedText.of("가", "A".repeat(201)).atMost(200)));
        assertEquals(
                LocalizedText.of("가", "A".repeat(200)),
                LocalizedText.of("가", "A".repeat(200)).atMost(200));
    }

    @Test
    void theTextIsReadInALanguage() {
        LocalizedText text = LocalizedText.of("업스테이지", "Upstage");
        assertEquals("업스테이지", text.in(Locale.KOREAN));
        assertEquals("Upstage", text.in(Locale.ENGLISH));
        assertEquals("업스테이지", text.korean(true));
        assertEquals("Upstage", text.korean(false));
    }
}
