package kr.go.msit.sovereignai.web.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the sign-in page sends a person back after signing in ({@code /login.xhtml?next=...}): only a path on this
 * site. Anything that a browser could read as another site is refused, however it is spelled: {@code //host},
 * {@code /\host}, {@code https://host}, {@code javascript:}, control characters, and the same after percent-decoding
 * (browsers and proxies decode {@code %2F} and {@code %5C} in places). Refused addresses are simply dropped: the
 * person lands on their role's start page.
 */
public final class ReturnAddress {

    /** Longer return addresses are dropped (no page of the site needs more; it keeps the sign-in form small). */
    static final int MAX_LENGTH = 1000;

    /** A path and query made of URL characters only: no backslash, space, quote or angle bracket. */
    private static final Pattern URL_CHARACTERS = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]*");

    private ReturnAddress() {}

    /** {@code candidate} when it is a local path (beginning with one {@code /}), else empty. */
    public static Optional<String> local(String candidate) {
        if (candidate == null
                || candidate.isEmpty()
                || candidate.length() > MAX_LENGTH
                || !URL_CHARACTERS.matcher(candidate).matches()) {
            return Optional.empty();
        }
        String decoded = candidate;
        for (int round = 0; round < 3; round++) {
            if (!safelyLocal(decoded)) {
                return Optional.empty();
            }
            String next;
            try {
                next = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
            if (next.equals(decoded)) {
                return Optional.of(candidate);
            }
            decoded = next;
        }
        return Optional.empty(); // still changing after three decodings: nobody needs that
    }

    /** One spelling of the path: begins with a single slash, and no backslash or control character anywhere (browsers drop tabs and new lines, so "/\\t/host" is "//host"). */
    private static boolean safelyLocal(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The path and query of the request a person was sent to sign in from (relative to the context path). */
    public static Optional<String> of(String requestUri, String contextPath, String queryString) {
        if (requestUri == null || !requestUri.startsWith(contextPath == null ? "" : contextPath)) {
            return Optional.empty();
        }
        String path = requestUri.substring(contextPath == null ? 0 : contextPath.length());
        return local(queryString == null || queryString.isEmpty() ? path : path + "?" + queryString);
    }
}
