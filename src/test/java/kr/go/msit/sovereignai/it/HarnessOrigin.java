package kr.go.msit.sovereignai.it;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * Test deployments only: Arquillian's in-container runner answers the client's commands (for example the lookup of
 * an {@code @ArquillianResource URL}) by POSTs to its own servlet without an {@code Origin} header, which the
 * platform refuses like any post that does not come from its pages (issue 22). This names the site's own origin on
 * those POSTs alone, as a browser would; every other request is left as it came.
 */
public class HarnessOrigin implements ServletExtension {

    static final String RUNNER = "/ArquillianServletRunner";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (exchange.getRelativePath() != null
                    && exchange.getRelativePath().startsWith(RUNNER)
                    && !exchange.getRequestHeaders().contains(Headers.ORIGIN)) {
                exchange.getRequestHeaders()
                        .put(
                                Headers.ORIGIN,
                                exchange.getRequestScheme() + "://"
                                        + exchange.getRequestHeaders().getFirst(Headers.HOST));
            }
            next.handleRequest(exchange);
        });
    }
}
