package kr.go.msit.sovereignai.web;

import java.util.List;

/**
 * What the panel's pages ask and show the same way: the 시·도 a volunteer chooses from (capital region first), the
 * proficiency questionnaire's shape (its questions, options and scoring rule are in the bundles under
 * {@code panel.volunteer.q.*} and {@code panel.page.scoring.*}), and a feature value's words.
 */
public final class PanelForms {

    /** The 17 시·도 by their codes; the first three make the capital region (수도권). */
    public static final List<String> PROVINCES = List.of(
            "SEOUL",
            "INCHEON",
            "GYEONGGI",
            "BUSAN",
            "DAEGU",
            "GWANGJU",
            "DAEJEON",
            "ULSAN",
            "SEJONG",
            "GANGWON",
            "CHUNGBUK",
            "CHUNGNAM",
            "JEONBUK",
            "JEONNAM",
            "GYEONGBUK",
            "GYEONGNAM",
            "JEJU");

    /** The questionnaire: this many questions, each answered by one of {@link #OPTIONS} options scored 0, 1, 2. */
    public static final int QUESTIONS = 4;

    public static final int OPTIONS = 3;

    private PanelForms() {}

    /** A feature value's words ("여성", "수도권", "19–29세", "중"): {@code panel.page.value.<feature>.<code>}. */
    public static String value(String feature, String code) {
        if (code == null) {
            return "";
        }
        return Messages.text("panel.page.value." + feature + "." + code);
    }

    /** A probability as a percentage with two decimals, or a dash. */
    public static String percent(Double probability) {
        if (probability == null) {
            return "–";
        }
        return String.format(java.util.Locale.ROOT, "%.2f%%", probability * 100);
    }
}
