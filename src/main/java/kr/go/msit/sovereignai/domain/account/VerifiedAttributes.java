package kr.go.msit.sovereignai.domain.account;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two attributes kept from a provider's assertions, read from standard claims: the birth year from {@code
 * birthdate} ({@code YYYY}, {@code YYYY-MM-DD} or {@code 0000-MM-DD} per OpenID Connect, the year 0000 meaning not
 * given) or a {@code birthyear}/{@code birth_year} claim, and the sex from {@code gender} ({@code male}/{@code female}).
 */
public final class VerifiedAttributes {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-\\d{2}-\\d{2})?$");

    private VerifiedAttributes() {}

    /** The birth year in a {@code birthdate}, {@code birthyear} or {@code birth_year} value, if it is a plausible one. */
    public static Optional<Integer> birthYear(Object birthdate, Object birthyear) {
        for (Object value : new Object[] {birthdate, birthyear}) {
            if (value == null) {
                continue;
            }
            Matcher matcher = YEAR.matcher(String.valueOf(value).strip());
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                if (year >= 1850 && year <= Year.now().getValue()) {
                    return Optional.of(year);
                }
            }
        }
        return Optional.empty();
    }

    /** M or F for a {@code gender} of male or female; nothing for anything else. */
    public static Optional<Sex> sex(Object gender) {
        if (gender == null) {
            return Optional.empty();
        }
        return switch (String.valueOf(gender).strip().toLowerCase(java.util.Locale.ROOT)) {
            case "male", "m" -> Optional.of(Sex.M);
            case "female", "f" -> Optional.of(Sex.F);
            default -> Optional.empty();
        };
    }
}
