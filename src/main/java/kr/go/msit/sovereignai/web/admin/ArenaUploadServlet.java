package kr.go.msit.sovereignai.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import kr.go.msit.sovereignai.application.arena.ArenaAdministration;
import kr.go.msit.sovereignai.domain.arena.AnswerSetFile;
import kr.go.msit.sovereignai.domain.arena.ArenaFileRefused;
import kr.go.msit.sovereignai.web.PageActions;

/**
 * Receives the arena's files from the administrator's arena page ({@code POST /admin/arena-upload}):
 * a prompt set or one team's answer set. Only this path accepts a large body (HttpHardening keeps the
 * 256 KB limit for every other request), and only administrators reach it (under {@code /admin/*}). A per-session token in the form guards against a forged cross-site post.
 * The outcome (or the refused file's problems) is kept for the arena page, which it redirects back to.
 */
@WebServlet(ArenaUploadServlet.PATH)
@MultipartConfig(
        maxFileSize = ArenaUploadServlet.MAX_FILE,
        maxRequestSize = ArenaUploadServlet.MAX_REQUEST,
        fileSizeThreshold = 1024 * 1024)
public class ArenaUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The largest body this servlet reads: the largest answer file the parser accepts (2,000 answers), so that
     * every file up to it is refused, if at all, with the parser's own message naming the limit.
     */
    static final long MAX_FILE = AnswerSetFile.MAX_FILE_BYTES;
    /** The whole request: the file and the form's few fields. */
    public static final long MAX_REQUEST = MAX_FILE + 64 * 1024;

    public static final String PATH = "/admin/arena-upload";
    /** The session attribute holding the form token. */
    static final String TOKEN = ArenaUploadServlet.class.getName() + ".token";
    /** The session attribute holding the last upload's outcome for the arena page. */
    static final String OUTCOME = ArenaUploadServlet.class.getName() + ".outcome";

    /** What the last upload did: its message key and arguments, and the refused file's problems. */
    public record Outcome(boolean accepted, String messageKey, List<Serializable> arguments, List<ProblemLine> problems)
            implements java.io.Serializable {}

    /** One problem of a refused file: its line (0: the whole file), message key and arguments. */
    public record ProblemLine(int line, String messageKey, List<Serializable> arguments)
            implements java.io.Serializable {

        static ProblemLine of(ArenaFileRefused.Problem problem) {
            return new ProblemLine(
                    problem.line(),
                    problem.messageKey(),
                    strings(problem.arguments().toArray()));
        }
    }

    /** Message arguments kept as they are (numbers stay numbers, formatted in the reader's language), or as text. */
    private static List<Serializable> strings(Object[] arguments) {
        return java.util.Arrays.stream(arguments)
                .map(a -> a instanceof Serializable kept ? kept : String.valueOf(a))
                .toList();
    }

    @Inject
    ArenaAdministration administration;

    /** The session's form token, made on first use. */
    static String token(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(TOKEN);
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(TOKEN, token);
            }
            return token;
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int round;
        try {
            round = Integer.parseInt(String.valueOf(request.getParameter("round")));
        } catch (NumberFormatException malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN);
        String sent = request.getParameter("token");
        if (expected == null
                || sent == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        session.setAttribute(OUTCOME, upload(request, round));
        response.sendRedirect(request.getContextPath() + "/admin/arena.xhtml?round=" + round);
    }

    private Outcome upload(HttpServletRequest request, int round) throws IOException, ServletException {
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            return new Outcome(false, "arena.upload.empty", List.of(), List.of());
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        String kind = request.getParameter("kind");
        try {
            return PageActions.answer(
                    () -> {
                        if ("prompts".equals(kind)) {
                            String sha256 = administration.commitPrompts(round, content, file.getSubmittedFileName());
                            return new Outcome(true, "arena.upload.prompts", List.<Serializable>of(sha256), List.of());
                        }
                        if ("answers".equals(kind)) {
                            long team = Long.parseLong(String.valueOf(request.getParameter("team")));
                            String sha256 = administration.uploadAnswers(round, team, content);
                            return new Outcome(true, "arena.upload.answers", List.<Serializable>of(sha256), List.of());
                        }
                        return new Outcome(false, "arena.upload.kind", List.of(), List.of());
                    },
                    refused -> new Outcome(
                            false,
                            refused.messageKey(),
                            strings(refused.arguments()),
                            refused instanceof ArenaFileRefused refusedFile
                                    ? refusedFile.problems().stream()
                                            .map(ProblemLine::of)
                                            .toList()
                                    : List.of()));
        } catch (NumberFormatException malformed) {
            return new Outcome(false, "arena.upload.kind", List.of(), List.of());
        }
    }
}
