package kr.go.msit.sovereignai.web;

/** What the panel's pages show the same way: a feature value's words, a probability. */
public final class PanelForms {

    private PanelForms() {}

    /** A feature value's words ("여성", "수도권", "19–29세", "중"): {@code panel.page.value.<feature>.<code>}. */
    public static String value(String feature, String code) {
        if (code == null) {
            return "";
        }
        return Messages.text("panel.page.value." + feature + "." + code);
    }

    /** A probability as a percentage with two decimals, or a dash (none, or not available: NaN). */
    public static String percent(Double probability) {
        if (probability == null || probability.isNaN()) {
            return "–";
        }
        return String.format(java.util.Locale.ROOT, "%.2f%%", probability * 100);
    }
}
