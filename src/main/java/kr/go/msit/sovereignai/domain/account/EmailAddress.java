package kr.go.msit.sovereignai.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.domain.InvalidInput;

/** The sign-in name of an account: a trimmed, lower-case email address. */
public final class EmailAddress {

    /** The shape of an address, also used by Bean Validation on forms. */
    public static final String PATTERN = "^\\s*[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+\\s*$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private EmailAddress() {}

    /** The canonical form of an address, or a violation when it is not one. */
    public static String canonical(String address) {
        String canonical = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (canonical.length() > 254 || !SHAPE.matcher(canonical).matches()) {
            throw new InvalidInput(InvalidInput.Input.EMAIL, "account.email.invalid");
        }
        return canonical;
    }
}
