package kr.go.msit.sovereignai.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@link MailOutboxTestSupport} and {@link FailingMailTransport} over HTTP for {@link MailOutboxIT}. Test archives only. */
@WebServlet("/test-support/mail-outbox")
public class MailOutboxTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MailOutboxTestSupport support;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getParameter("address");
        String answer = switch (request.getParameter("action")) {
            case "post" -> {
                support.post(address, "true".equals(request.getParameter("rollBack")));
                yield "posted";
            }
            case "left-behind" ->
                String.valueOf(support.leftBehind(
                        address,
                        "true".equals(request.getParameter("claimed")),
                        !"false".equals(request.getParameter("due"))));
            case "rows" -> support.rows(address);
            case "due" -> {
                support.due(address);
                yield "due";
            }
            case "attempts" -> {
                support.attempts(address, Integer.parseInt(request.getParameter("attempts")));
                yield "set";
            }
            case "deliver-due" -> String.valueOf(support.deliverDue());
            case "deliver-as" ->
                String.valueOf(
                        support.deliverAs(Long.parseLong(request.getParameter("id")), request.getParameter("node")));
            case "this-node" -> support.thisNode();
            case "fail-for" -> {
                FailingMailTransport.failFor(address);
                yield "failing";
            }
            case "recover" -> {
                FailingMailTransport.recover(address);
                yield "recovered";
            }
            default -> throw new IllegalArgumentException(request.getParameter("action"));
        };
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer);
    }
}
