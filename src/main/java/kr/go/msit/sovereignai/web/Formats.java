package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;

/** Dates, instants and windows as people in Korea read them: Asia/Seoul, in the page's language. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleSelection localeSelection;

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale())
                .format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Messages.text("format.dateTime"), locale())
                .format(instant.atZone(KoreanTime.ZONE));
    }

    /** "2026년 1월 1일 ~ 2026년 1월 15일" for whole days, otherwise both instants. */
    public String window(ReviewWindow window) {
        if (window == null) {
            return "";
        }
        return window.asWholeDays()
                .map(days -> date(days.first()) + " ~ " + date(days.last()))
                .orElseGet(() -> dateTime(window.opensAt()) + " ~ " + dateTime(window.closesAt()));
    }

    /** Machine-readable instant for {@code <time datetime>} and the countdown script. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A message of the bundle with one argument, for texts put together in a page (a meta description, a link's name). */
    public String message(String key, Object argument) {
        return Messages.text(key, argument);
    }

    /** A reviewer's rounds as words ("2차 단계평가, 3차 단계평가"), or "없음" when none is assigned. */
    public String rounds(java.util.List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return Messages.text("admin.reviewer.rounds.none");
        }
        return numbers.stream()
                .sorted()
                .map(number -> Messages.text("round.title", number))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }
}
