package kr.go.msit.sovereignai.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * Test support for session replication (issue 25): serializes every attribute of the caller's session, as a
 * distributable session manager must before it copies the session to another node, and answers one line per
 * attribute ({@code name<TAB>bytes}, or {@code name<TAB>FAILED<TAB>why}) and the total. With {@code ?contains=s}
 * it answers only whether the serialized session holds the text {@code s} (a secret that must not be copied).
 * Test archives only.
 */
@WebServlet("/test-support-session-contents")
public class SessionContentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain;charset=UTF-8");
        if (session == null) {
            response.getWriter().write("no session\n");
            return;
        }
        String sought = request.getParameter("contains");
        StringBuilder lines = new StringBuilder();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        long total = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(session.getAttribute(name));
            } catch (IOException | RuntimeException notSerializable) {
                lines.append(name).append("\tFAILED\t").append(notSerializable).append('\n');
                continue;
            }
            total += bytes.size();
            bytes.writeTo(whole);
            lines.append(name).append('\t').append(bytes.size()).append('\n');
        }
        if (sought != null) {
            // Strings are written in (modified) UTF-8: an ASCII secret appears byte for byte.
            String serialized = whole.toString(StandardCharsets.ISO_8859_1);
            response.getWriter()
                    .write(
                            serialized.contains(new String(
                                            sought.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                                    ? "contains\n"
                                    : "absent\n");
            return;
        }
        lines.append("total\t").append(total).append('\n');
        response.getWriter().write(lines.toString());
    }
}
