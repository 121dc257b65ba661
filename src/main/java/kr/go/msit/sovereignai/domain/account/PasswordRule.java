package kr.go.msit.sovereignai.domain.account;

import kr.go.msit.sovereignai.domain.InvalidInput;

/** How long a password a person may choose: the same rule at sign-up, with a one-time link and when changing it. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    /** Longer passwords are refused before hashing: a megabyte of password would cost seconds of PBKDF2. */
    public static final int MAX_LENGTH = 128;

    private PasswordRule() {}

    /** Refused with {@code account.password.weak}, next to the new password's field, unless within the bounds. */
    public static void check(String password) {
        if (!accepts(password)) {
            throw new InvalidInput(InvalidInput.Input.PASSWORD, "account.password.weak");
        }
    }

    /** Whether {@code password} is within the bounds; an empty one is too short. */
    public static boolean accepts(String password) {
        return password != null
                && !password.isBlank()
                && password.length() >= MIN_LENGTH
                && password.length() <= MAX_LENGTH;
    }
}
