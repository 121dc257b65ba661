package kr.go.msit.sovereignai.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.citizenpanel.Proficiency;
import kr.go.msit.sovereignai.domain.citizenpanel.Province;

/**
 * Test support for the panel's pages over HTTP (see {@link PanelPagesTestSupport}): volunteers of a chosen type, the
 * freeze, and the server's clock pinned to an instant and released ({@link ControllableClock}). Test archives only.
 */
@WebServlet("/test-support-panel-pages")
public class PanelPagesTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelPagesTestSupport support;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int round = request.getParameter("round") == null ? 0 : Integer.parseInt(request.getParameter("round"));
        String answer = switch (request.getParameter("action")) {
            case "volunteers" ->
                String.valueOf(support.volunteers(
                        round,
                        Integer.parseInt(request.getParameter("count")),
                        Sex.valueOf(request.getParameter("sex")),
                        Integer.parseInt(request.getParameter("birthYear")),
                        Province.valueOf(request.getParameter("province")),
                        Proficiency.valueOf(request.getParameter("proficiency"))));
            case "freeze" -> {
                support.freeze(round);
                yield "frozen";
            }
            case "pin-clock" -> {
                ControllableClock.pin(Instant.ofEpochSecond(Long.parseLong(request.getParameter("epochSecond"))));
                yield "pinned";
            }
            case "release-clock" -> {
                ControllableClock.release();
                yield "released";
            }
            default -> throw new IllegalArgumentException(request.getParameter("action"));
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
