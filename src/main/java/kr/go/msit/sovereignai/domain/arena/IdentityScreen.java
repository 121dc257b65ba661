package kr.go.msit.sovereignai.domain.arena;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Flags answers that would reveal their team: any of the programme's names (teams, member
 * organisations, models; Korean and English) and the administrator's extra terms, found
 * case-insensitively (Latin terms on word boundaries, so "Solar" does not flag "solarium"...).
 *
 * <p>Terms and answers are compared in one normal form: invisible format characters (zero-width
 * space, soft hyphen...) dropped, NFKC (so full-width "ＥＸＡＯＮＥ" is "exaone"), lower case
 * ({@link Locale#ROOT}), every run of white space one space, stripped. A term that starts (or
 * ends) with a Latin letter or a digit matches only where no Latin letter or digit comes before
 * (after) it: "solar" flags "Solar 10.7B" and "Solar의" (a Korean particle attaches directly) but
 * not "solarium"; "a.x" flags "A.X 4.0" but not "data.xml". An end in Hangul or other script
 * matches as a substring ("업스테이지" in "업스테이지의", "sk텔레콤" in "SK텔레콤은"). Terms shorter than
 * two characters after normalising are ignored (a lone "X" would flag nearly everything);
 * blank and repeated terms are dropped.
 */
public final class IdentityScreen {

    /** The shortest term that is screened for, in code points. */
    public static final int MIN_TERM_LENGTH = 2;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final List<String> terms;

    public IdentityScreen(Collection<String> terms) {
        TreeSet<String> normalised = new TreeSet<>();
        for (String term : terms) {
            if (term == null) {
                continue;
            }
            String n = normalise(term);
            if (n.codePointCount(0, n.length()) >= MIN_TERM_LENGTH) {
                normalised.add(n);
            }
        }
        this.terms = List.copyOf(normalised);
    }

    /** The screen's terms as it matches them (normalised, de-duplicated, sorted). */
    public List<String> terms() {
        return terms;
    }

    /** The terms {@code answer} contains, in the screen's order; empty when it reveals nothing. */
    public List<String> revealedIn(String answer) {
        String text = normalise(answer);
        List<String> found = new ArrayList<>();
        for (String term : terms) {
            if (occursIn(text, term)) {
                found.add(term);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The terms an answer in Markdown reveals, in its source or in the text it shows once rendered (a name
     * may be spelled across emphasis, a link or character references), in the screen's order.
     */
    public List<String> revealedInAnswer(String markdown) {
        List<String> inSource = revealedIn(markdown);
        List<String> shown = revealedIn(AnswerMarkdown.visibleText(markdown));
        return terms.stream()
                .filter(t -> inSource.contains(t) || shown.contains(t))
                .toList();
    }

    /** Whether {@code answer} reveals nothing. */
    public boolean passes(String answer) {
        return revealedIn(answer).isEmpty();
    }

    /** The normal form terms and answers are compared in (see the class comment). */
    static String normalise(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(visible::appendCodePoint);
        String folded = Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
    }

    private static boolean occursIn(String text, String term) {
        boolean latinStart = isLatinWordCharacter(term.codePointAt(0));
        boolean latinEnd = isLatinWordCharacter(term.codePointBefore(term.length()));
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            int end = at + term.length();
            boolean startOk = !latinStart || at == 0 || !isLatinWordCharacter(text.codePointBefore(at));
            boolean endOk = !latinEnd || end == text.length() || !isLatinWordCharacter(text.codePointAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** A letter of the Latin script or a digit: what continues a Latin word. */
    private static boolean isLatinWordCharacter(int codePoint) {
        return Character.isDigit(codePoint)
                || (Character.isLetter(codePoint)
                        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN);
    }
}
