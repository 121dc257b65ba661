package kr.go.msit.sovereignai.web.http;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where visitors reach the platform ({@code PLATFORM_PUBLIC_URL}, e.g. {@code https://review.msit.go.kr}) and which
 * peers may tell us so through {@code X-Forwarded-*} ({@code PLATFORM_TRUSTED_PROXIES}, IP addresses separated by
 * commas). Absolute links and redirects are built from this address, never from the request's Host header.
 * Unconfigured (development), the platform answers on loopback names only, at the port the request came in on.
 */
public final class PublicAddress {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Optional<URI> configured;
    private final Set<String> trustedProxies;

    public PublicAddress(Optional<String> publicUrl, Optional<String> trustedProxies) {
        this.configured = publicUrl.map(PublicAddress::parse);
        this.trustedProxies = trustedProxies
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** From the environment ({@code PLATFORM_PUBLIC_URL}, {@code PLATFORM_TRUSTED_PROXIES}) or system properties. */
    public static PublicAddress fromConfiguration() {
        return new PublicAddress(
                setting("PLATFORM_PUBLIC_URL", "platform.public.url"),
                setting("PLATFORM_TRUSTED_PROXIES", "platform.trusted.proxies"));
    }

    /** A deployment setting: the environment variable, else the system property (tests, {@code mvn wildfly:run}). */
    private static Optional<String> setting(String environmentVariable, String systemProperty) {
        return java.util.stream.Stream.of(System.getenv(environmentVariable), System.getProperty(systemProperty))
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .map(String::strip);
    }

    private static URI parse(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "PLATFORM_PUBLIC_URL must be http(s)://host[:port] without a path: " + url);
        }
        return uri;
    }

    /** True when visitors use HTTPS: cookies are marked Secure and Strict-Transport-Security is sent. */
    public boolean secure() {
        return configured.map(uri -> uri.getScheme().equalsIgnoreCase("https")).orElse(false);
    }

    /** The scheme links are built with. */
    public String scheme() {
        return configured.map(uri -> uri.getScheme().toLowerCase(Locale.ROOT)).orElse("http");
    }

    /**
     * The Host the platform answers as for a request that named {@code requestedHost} and arrived on
     * {@code localPort}: the configured one, or (unconfigured) the requested one if it is a loopback name on that
     * port, else {@code localhost} on that port.
     */
    public String authority(String requestedHost, int localPort) {
        if (configured.isPresent()) {
            return configured.get().getRawAuthority();
        }
        if (requestedHost != null) {
            String host = requestedHost.strip().toLowerCase(Locale.ROOT);
            int colon = host.lastIndexOf(':');
            if (colon > 0
                    && host.indexOf(']') < colon
                    && LOOPBACK.contains(host.substring(0, colon))
                    && host.substring(colon + 1).equals(Integer.toString(localPort))) {
                return host;
            }
        }
        return "localhost:" + localPort;
    }

    /** The public base URL (no trailing slash) for a request that arrived on {@code localPort}. */
    public String baseUrl(String requestedHost, int localPort) {
        return scheme() + "://" + authority(requestedHost, localPort);
    }

    /**
     * The origin ({@code scheme://host[:port]}) pages of the platform are served from: the configured public address,
     * or (unconfigured) the request's scheme and the authority {@link #authority} gives it.
     */
    public String origin(String requestScheme, String requestedHost, int localPort) {
        if (configured.isPresent()) {
            return scheme() + "://" + configured.get().getRawAuthority();
        }
        String scheme = "https".equalsIgnoreCase(requestScheme) ? "https" : "http";
        return scheme + "://" + authority(requestedHost, localPort);
    }

    /** Whether the peer at {@code address} (an IP literal) may speak for the visitor through X-Forwarded-*. */
    public boolean trustsForwardingFrom(String address) {
        return address != null && trustedProxies.contains(address);
    }
}
