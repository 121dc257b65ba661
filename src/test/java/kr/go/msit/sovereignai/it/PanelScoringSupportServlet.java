package kr.go.msit.sovereignai.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/** {@link PanelScoringSupport} over HTTP for {@link PanelScoringIT}. Test archives only. */
@WebServlet("/test-support/panel-scoring")
public class PanelScoringSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelScoringSupport support;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("round");
        String answer = switch (request.getParameter("action")) {
            case "rating-round" -> support.ratingRound();
            case "cast" ->
                support
                        .castRatings(
                                Integer.parseInt(number),
                                Long.parseLong(request.getParameter("first")),
                                Integer.parseInt(request.getParameter("firstValue")),
                                Long.parseLong(request.getParameter("second")),
                                Integer.parseInt(request.getParameter("secondValue")),
                                Integer.parseInt(request.getParameter("count")))
                        .stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(","));
            case "account-id" -> String.valueOf(support.accountId(request.getParameter("email")));
            case "competing" -> String.valueOf(support.competing(Integer.parseInt(number)));
            case "panel" -> {
                support.panel(
                        Integer.parseInt(number),
                        request.getParameter("status"),
                        PanelScoringSupport.ids(request.getParameter("members")),
                        PanelScoringSupport.ids(request.getParameter("withdrawn")),
                        PanelScoringSupport.ids(request.getParameter("reserves")));
                yield "panel";
            }
            case "publish" -> support.publish(Integer.parseInt(number));
            default -> throw new IllegalArgumentException("unknown action");
        };
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
