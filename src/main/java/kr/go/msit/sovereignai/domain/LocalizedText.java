package kr.go.msit.sovereignai.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One text in Korean and English, e.g. a team's name or a rubric line's label. Entities embed it
 * onto their own two columns ({@code @AttributeOverrides}). The rules a text must meet are checked
 * here, once: {@link #required} (both languages), {@link #koreanRequired} (English optional) and
 * {@link #atMost}; {@link #of} takes the text as it is (a name copied from a team, a seed value).
 */
@Embeddable
public final class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "ko")
    private String ko;

    @Column(name = "en")
    private String en;

    protected LocalizedText() {}

    private LocalizedText(String ko, String en) {
        this.ko = ko;
        this.en = en;
    }

    /** The text as given, unchecked. */
    public static LocalizedText of(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    /**
     * Both languages given: a missing or blank one is refused with {@code messageKey}; both are
     * stripped.
     */
    public static LocalizedText required(LocalizedText text, String messageKey) {
        if (text == null || text.ko == null || text.ko.isBlank() || text.en == null || text.en.isBlank()) {
            throw new DomainRuleViolation(messageKey);
        }
        return new LocalizedText(text.ko.strip(), text.en.strip());
    }

    /**
     * The Korean text given (else refused with {@code messageKey}) and stripped; the English one
     * is optional: blank is none.
     */
    public static LocalizedText koreanRequired(LocalizedText text, String messageKey) {
        if (text == null || text.ko == null || text.ko.isBlank()) {
            throw new DomainRuleViolation(messageKey);
        }
        return new LocalizedText(text.ko.strip(), text.en == null || text.en.isBlank() ? null : text.en.strip());
    }

    /** This text, if neither language is longer than {@code maxLength}; else {@code text.tooLong}. */
    public LocalizedText atMost(int maxLength) {
        if ((ko != null && ko.length() > maxLength) || (en != null && en.length() > maxLength)) {
            throw new DomainRuleViolation("text.tooLong");
        }
        return this;
    }

    /** The English text, the Korean one standing in where there is no English. */
    public LocalizedText englishOrKorean() {
        return en == null ? new LocalizedText(ko, ko) : this;
    }

    public String ko() {
        return ko;
    }

    public String en() {
        return en;
    }

    /** The Korean text if {@code korean}, else the English. */
    public String korean(boolean korean) {
        return korean ? ko : en;
    }

    /** The text in {@code locale}'s language: Korean for Korean, English otherwise. */
    public String in(Locale locale) {
        return korean(locale != null && "ko".equals(locale.getLanguage()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && Objects.equals(ko, text.ko) && Objects.equals(en, text.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ko, en);
    }

    @Override
    public String toString() {
        return ko + " / " + en;
    }
}
