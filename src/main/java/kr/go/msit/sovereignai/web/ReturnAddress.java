package kr.go.msit.sovereignai.web;

import java.util.Optional;

/**
 * Where a page may send a citizen back to after a detour (the identity verification): a path on this site only, never
 * another site. Accepted: an absolute path such as {@code /ballot.xhtml} or {@code /arena.xhtml?x=1}. Refused: anything
 * with a scheme ({@code https://evil}), a scheme-relative address ({@code //evil}), a backslash anywhere ({@code
 * /\evil}, which browsers read as {@code //evil}), control or space characters, encoded slashes or backslashes at the
 * start, and anything longer than 512 characters.
 */
public final class ReturnAddress {

    static final int MAX_LENGTH = 512;

    private ReturnAddress() {}

    /** The address if it is a local path, else nothing. */
    public static Optional<String> localPath(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (address.charAt(0) != '/' || address.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '\\' || c <= 0x20 || c == 0x7f || (c >= 0x80 && Character.isISOControl(c))) {
                return Optional.empty();
            }
        }
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("/%2f") || lower.startsWith("/%5c") || lower.contains("/../") || lower.endsWith("/..")) {
            return Optional.empty();
        }
        return Optional.of(address);
    }
}
