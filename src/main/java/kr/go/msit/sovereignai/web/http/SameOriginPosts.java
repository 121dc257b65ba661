package kr.go.msit.sovereignai.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses every request that could change something (anything but GET, HEAD and OPTIONS) unless it comes from the
 * site's own pages ({@link SameOrigin}): 403 with a page that says why. The site's origin is the configured public
 * address ({@code PLATFORM_PUBLIC_URL}, so behind a proxy the address visitors use counts), else the loopback address
 * the request came in on (development).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set on a refused request, so the 403 page explains a cross-site refusal rather than a missing role. */
    public static final String REFUSED = "crossOriginRefused";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod())) {
            String expected = SameOrigin.expected(
                    PublicAddress.fromConfiguration(),
                    request.getScheme(),
                    request.getHeader("Host"),
                    request.getLocalPort());
            if (!SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Referer"), expected)) {
                request.setAttribute(REFUSED, Boolean.TRUE);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
