package kr.go.msit.sovereignai.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Test support for second factors and disabled accounts (H4), over HTTP for tests outside the server: the server's
 * clock pinned to an instant, the operator setting, fresh administrators and reviewers with known passwords, audit
 * counts. Test archives only.
 */
@WebServlet("/test-support-second-factor")
public class SecondFactorTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactorTestSupport support;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (request.getParameter("action")) {
            case "pin-clock" -> {
                ControllableClock.pin(Instant.ofEpochSecond(Long.parseLong(request.getParameter("epochSecond"))));
                yield "pinned";
            }
            case "release-clock" -> {
                ControllableClock.release();
                yield "released";
            }
            case "required" -> {
                System.setProperty("platform.second-factor.required", request.getParameter("value"));
                yield "set";
            }
            case "create-administrator" -> support.createAdministrator(request.getParameter("password"));
            case "create-reviewer" ->
                support.createReviewer(
                        request.getParameter("password"), Integer.parseInt(request.getParameter("round")));
            case "assigned-rounds" -> support.assignedRounds(request.getParameter("email"));
            case "audit-count" ->
                String.valueOf(support.auditCount(request.getParameter("email"), request.getParameter("auditAction")));
            case "stored-secret" -> support.storedSecret(request.getParameter("email"));
            case "second-factor-key" -> {
                String key = request.getParameter("value");
                if (key.isEmpty()) {
                    System.clearProperty("platform.second-factor.key");
                } else {
                    System.setProperty("platform.second-factor.key", key);
                }
                yield "set";
            }
            case "second-factor-rows" -> String.valueOf(support.secondFactorRows(request.getParameter("email")));
            case "replace-stored-secret" -> {
                support.replaceStoredSecret(request.getParameter("email"), request.getParameter("stored"));
                yield "replaced";
            }
            default -> throw new IllegalArgumentException(request.getParameter("action"));
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
