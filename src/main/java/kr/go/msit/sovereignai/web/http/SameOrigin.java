package kr.go.msit.sovereignai.web.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a request that changes something comes from one of the platform's own pages: its {@code Origin} header
 * (or, when a browser sends none, the origin of its {@code Referer}) must be the site's own origin. Browsers send
 * {@code Origin} with every POST and a page cannot forge it, so a form posted from another site, a sandboxed frame
 * ({@code Origin: null}) or a request that names no origin at all is refused. This replaces the per-session
 * ViewState token as the sign-in and sign-up pages' defence against cross-site request forgery, since those pages
 * keep no session. Pure, so it is unit-tested.
 */
public final class SameOrigin {

    private SameOrigin() {}

    /** The site's own origin for a request: the configured public address, else the scheme and (hardened) Host. */
    public static String expected(PublicAddress address, String scheme, String host, int localPort) {
        return normalise(address.origin(scheme, host, localPort)).orElse("");
    }

    /** True when {@code origin} (or, without it, {@code referer}) names {@code expectedOrigin}. */
    public static boolean allows(String origin, String referer, String expectedOrigin) {
        Optional<String> expected = normalise(expectedOrigin);
        if (expected.isEmpty()) {
            return false;
        }
        if (origin != null && !origin.isBlank()) {
            return normalise(origin.strip()).equals(expected);
        }
        return referer != null && normalise(referer.strip()).equals(expected);
    }

    /** {@code scheme://host[:port]} of a URL, lower-cased, default ports dropped; empty for anything else ("null"). */
    static Optional<String> normalise(String url) {
        if (url == null || url.isEmpty() || url.length() > 2048) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getRawAuthority() == null
                || uri.getRawUserInfo() != null
                || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }
}
