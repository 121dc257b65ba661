package kr.go.msit.sovereignai.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ServletSessionConfig;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import kr.go.msit.sovereignai.web.admin.ArenaUploadServlet;

/**
 * What every request passes before the servlets (and before sign-in, which builds its redirect from the request):
 * the Host header is replaced by the public address, so no link or redirect ever names another site;
 * {@code X-Forwarded-*} is believed only from the configured proxies and removed otherwise; private pages are sent
 * with {@code Cache-Control: no-store}; with an https public address, cookies are Secure and
 * Strict-Transport-Security is sent. Registered in META-INF/services as an Undertow servlet extension.
 */
public class HttpHardening implements ServletExtension {

    private static final List<HttpString> FORWARDING = List.of(
            new HttpString("X-Forwarded-For"),
            new HttpString("X-Forwarded-Proto"),
            new HttpString("X-Forwarded-Host"),
            new HttpString("X-Forwarded-Port"),
            new HttpString("X-Forwarded-Server"),
            new HttpString("X-Forwarded-Prefix"),
            new HttpString("Forwarded"));
    private static final HttpString HSTS = new HttpString("Strict-Transport-Security");
    /** What the largest ordinary form needs, with room to spare (see wildfly-config/configure.cli). */
    static final long ORDINARY_MAX_BODY = 256 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        PublicAddress address = PublicAddress.fromConfiguration();
        if (address.secure()) {
            ServletSessionConfig session = deployment.getServletSessionConfig();
            if (session == null) {
                session = new ServletSessionConfig();
                deployment.setServletSessionConfig(session);
            }
            session.setSecure(true);
        }
        deployment.addOuterHandlerChainWrapper(next -> exchange -> handle(address, next, exchange));
    }

    static void handle(PublicAddress address, HttpHandler next, HttpServerExchange exchange) throws Exception {
        InetSocketAddress peer = exchange.getSourceAddress();
        if (peer != null
                && peer.getAddress() != null
                && address.trustsForwardingFrom(peer.getAddress().getHostAddress())) {
            believeProxy(address, exchange);
        }
        for (HttpString header : FORWARDING) {
            exchange.getRequestHeaders().remove(header);
        }
        int localPort = exchange.getDestinationAddress() == null
                ? 8080
                : exchange.getDestinationAddress().getPort();
        exchange.getRequestHeaders()
                .put(
                        Headers.HOST,
                        address.authority(exchange.getRequestHeaders().getFirst(Headers.HOST), localPort));
        if (address.secure()) {
            exchange.setRequestScheme("https");
        }
        String path = exchange.getRelativePath() == null
                ? ""
                : exchange.getRelativePath().replaceAll("/{2,}", "/");
        // The listener allows the arena upload's size; every other request keeps the ordinary limit (set before any
        // body is read).
        exchange.setMaxEntitySize(
                path.equals(ArenaUploadServlet.PATH) ? ArenaUploadServlet.MAX_REQUEST : ORDINARY_MAX_BODY);
        boolean personal = path.startsWith("/admin")
                || path.startsWith("/expert")
                || path.startsWith("/ballot.xhtml")
                || path.startsWith("/arena.xhtml")
                || path.startsWith("/set-password.xhtml")
                || path.startsWith("/account/");
        boolean secure = address.secure();
        exchange.addResponseCommitListener(response -> {
            if (personal) {
                response.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            }
            if (secure) {
                response.getResponseHeaders().put(HSTS, "max-age=31536000; includeSubDomains");
            }
        });
        next.handleRequest(exchange);
    }

    /** The visitor's address (rightmost X-Forwarded-For entry that is not a trusted proxy) and scheme. */
    private static void believeProxy(PublicAddress address, HttpServerExchange exchange) {
        String forwardedFor = String.join(
                ",",
                exchange.getRequestHeaders().get(FORWARDING.get(0)) == null
                        ? List.of()
                        : exchange.getRequestHeaders().get(FORWARDING.get(0)));
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || address.trustsForwardingFrom(hop)) {
                continue;
            }
            if (hop.matches("[0-9A-Fa-f:.]{2,45}")) {
                try {
                    exchange.setSourceAddress(new InetSocketAddress(InetAddress.getByName(hop), 0));
                } catch (UnknownHostException notAnAddress) {
                    // keep the proxy's own address
                }
            }
            break;
        }
        String proto = exchange.getRequestHeaders().getFirst(FORWARDING.get(1));
        if (!address.secure() && ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto))) {
            exchange.setRequestScheme(proto.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
