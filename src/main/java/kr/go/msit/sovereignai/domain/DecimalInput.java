package kr.go.msit.sovereignai.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as typed into a form (a score, a rubric maximum, an achievement rate): refused unless
 * it is a plain decimal of bounded size (digits, at most one decimal point, an optional leading
 * minus so that the caller's "not negative" rule speaks; no exponent, no grouping), checked on
 * the text before any {@link BigDecimal} exists. {@code new BigDecimal("1e4000000")} is cheap, but
 * every later step ({@code setScale}, {@code stripTrailingZeros}, {@code multiply}) costs seconds
 * of CPU; {@link #bounded} refuses such a value when it arrives already parsed.
 */
public final class DecimalInput {

    /** Digits before the decimal point: scores, maxima and rates stay far below 10,000. */
    public static final int MAX_INTEGER_DIGITS = 4;
    /** Digits after the decimal point accepted by the parser; the caller's own scale rule still applies. */
    public static final int MAX_FRACTION_DIGITS = 4;
    /** The longest text looked at (sign, digits, point and surrounding blanks). */
    public static final int MAX_LENGTH = 16;

    private static final Pattern PLAIN =
            Pattern.compile("-?\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{1," + MAX_FRACTION_DIGITS + "})?");

    private DecimalInput() {}

    /**
     * The number in {@code text}; null for a missing or blank one (the caller's "required" rule
     * speaks); otherwise refused with {@code decimal.malformed} unless it is a plain decimal.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw malformed();
        }
        String plain = text.strip();
        if (!PLAIN.matcher(plain).matches()) {
            throw malformed();
        }
        return new BigDecimal(plain);
    }

    /** {@code value} if it could have been typed (see {@link #parse}), else {@code decimal.malformed}; null stays null. */
    public static BigDecimal bounded(BigDecimal value) {
        if (value == null) {
            return null;
        }
        // precision() and scale() are cheap; integer digits are precision - scale.
        int scale = value.scale();
        if (scale > MAX_FRACTION_DIGITS + 8
                || scale < -MAX_INTEGER_DIGITS
                || (long) value.precision() - scale > MAX_INTEGER_DIGITS) {
            throw malformed();
        }
        return value;
    }

    private static DomainRuleViolation malformed() {
        return new DomainRuleViolation("decimal.malformed", MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }
}
