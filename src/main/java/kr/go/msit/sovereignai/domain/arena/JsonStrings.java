package kr.go.msit.sovereignai.domain.arena;

import java.util.Locale;

/**
 * A JSON string written by hand, one way for the arena's canonical files, its fit and its open data:
 * the quote, the backslash and control characters escaped, every other character as it is (Korean
 * stays readable, and the canonical forms stay byte for byte what their digests were taken over).
 */
public final class JsonStrings {

    private JsonStrings() {}

    /** Appends {@code value} as a JSON string ({@code null} for null). */
    public static void append(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** {@code value} as a JSON string. */
    public static String quoted(String value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }
}
