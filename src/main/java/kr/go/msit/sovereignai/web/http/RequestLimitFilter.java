package kr.go.msit.sovereignai.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request beyond the HTTP listener's limits (too many parameters, too big a form body; see
 * {@code wildfly-config/configure.cli}) is answered 400 or 413 here, before any page reads it:
 * Undertow throws when the parameters are first read, which inside JSF (and again in the error
 * page) would be a 500. The parameters are decoded as UTF-8, as the pages are.
 */
@WebFilter(urlPatterns = "/*")
public class RequestLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            Integer status = limitStatus(unreadable);
            if (status == null) {
                throw unreadable;
            }
            response.sendError(status);
            return;
        }
        chain.doFilter((ServletRequest) request, (ServletResponse) response);
    }

    /** 413 for a body beyond the limit, 400 for too many parameters; null when the failure is something else. */
    private static Integer limitStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("RequestTooBigException")) {
                return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            }
            if (name.equals("ParameterLimitException")) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
        }
        return null;
    }
}
