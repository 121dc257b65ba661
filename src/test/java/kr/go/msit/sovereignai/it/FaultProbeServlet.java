package kr.go.msit.sovereignai.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Collectors;

/** {@link FaultProbe} over HTTP, for the fault-injection test that runs the server as its own process. Test archives only. */
@WebServlet("/test-support/fault")
public class FaultProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FaultProbe probe;

    /** Readiness: answers once the application is deployed. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("ready");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        String round = request.getParameter("round");
        String answer = switch (action) {
            // one line per citizen with a ballot: email receipt revision
            case "ballots" ->
                probe.storedBallots(Integer.parseInt(round)).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().receipt() + " "
                                + e.getValue().revision())
                        .collect(Collectors.joining("\n"));
            // one line per round with timers: round count
            case "timers" ->
                probe.timersPerRound().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining("\n"));
            case "schedule-closing" ->
                String.valueOf(probe.scheduleRoundClosingAt(Instant.parse(request.getParameter("closesAt"))));
            case "status" -> probe.status(Integer.parseInt(round));
            case "audit" ->
                String.valueOf(probe.auditEntries(Integer.parseInt(round), request.getParameter("auditAction")));
            default -> throw new IllegalArgumentException(action);
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }
}
