package kr.go.msit.sovereignai.domain.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.domain.InvalidInput;

/**
 * A ballot's receipt: SHA-256 over the round, the ratings and a secret random value, shown as
 * 20 characters of Crockford base32 in groups of four (100 bits). The secret makes receipts
 * impossible to guess from the ratings; the ratings make a changed ballot get a new receipt.
 */
public final class Receipt {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
    private static final int CHARACTERS = 20;

    private Receipt() {}

    public static String derive(int roundNumber, List<Rating> ratings, byte[] secret) {
        return derive(roundNumber, "ratings:" + ratings, secret);
    }

    /** A receipt for any recorded choice ({@code choice} names it, e.g. an arena battle and its outcome). */
    public static String derive(int roundNumber, String choice, byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a receipt needs at least 128 secret bits");
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        sha256.update(("round:" + roundNumber + ";" + choice + ";secret:").getBytes(StandardCharsets.UTF_8));
        sha256.update(secret);
        return format(sha256.digest());
    }

    private static String format(byte[] digest) {
        StringBuilder characters = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        int index = 0;
        while (characters.length() < CHARACTERS) {
            if (bits < 5) {
                buffer = (buffer << 8) | (digest[index++] & 0xff);
                bits += 8;
            }
            bits -= 5;
            characters.append(ALPHABET[(buffer >> bits) & 31]);
            buffer &= (1 << bits) - 1;
        }
        return grouped(characters);
    }

    private static String grouped(CharSequence characters) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < CHARACTERS; i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(characters, i, i + 4);
        }
        return grouped.toString();
    }

    /** A receipt as typed by a person: trimmed, upper case, with O read as 0 and I or L as 1. */
    public static String normalise(String typed) {
        String cleaned = typed == null
                ? ""
                : typed.strip()
                        .toUpperCase(java.util.Locale.ROOT)
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1')
                        .replaceAll("[^0-9A-Z]", "");
        if (cleaned.length() != CHARACTERS) {
            throw new InvalidInput(InvalidInput.Input.RECEIPT, "receipt.invalid");
        }
        String grouped = grouped(cleaned);
        if (!SHAPE.matcher(grouped).matches()) {
            throw new InvalidInput(InvalidInput.Input.RECEIPT, "receipt.invalid");
        }
        return grouped;
    }
}
