package kr.go.msit.sovereignai.domain.round;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * The notices the schedule itself writes on a round's record (a hold, a miss, a window renewed or
 * shortened at opening), in both languages from {@code notices_ko/en.properties} beside this class, keyed
 * by the constant's name.
 * They are stored as their text, like an administrator's reason, so the record reads as it did.
 */
enum RoundNotice {
    HELD,
    MISSED,
    RENEWED_AFTER_WAIT,
    OPENED_LATE;

    private static final String BUNDLE = "kr.go.msit.sovereignai.domain.round.notices";

    LocalizedText text(Object... arguments) {
        return LocalizedText.of(in(Locale.KOREAN, arguments), in(Locale.ENGLISH, arguments));
    }

    private String in(Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                RoundNotice.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(name()), locale).format(arguments);
    }
}
