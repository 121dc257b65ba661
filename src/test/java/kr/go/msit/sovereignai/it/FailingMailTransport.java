package kr.go.msit.sovereignai.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.go.msit.sovereignai.infrastructure.mail.SmtpMailTransport;

/**
 * The SMTP transport of test archives: the real one (to the tests' GreenMail), except for the addresses a test marks
 * as failing ({@link MailOutboxTestServlet}), which fail as an unreachable server would, until the test clears them.
 * Test archives only: it replaces {@code infrastructure/mail/SmtpMailTransport}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class FailingMailTransport extends SmtpMailTransport {

    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    static void failFor(String recipient) {
        FAILING.add(recipient);
    }

    static void recover(String recipient) {
        FAILING.remove(recipient);
    }

    @Override
    public void send(String recipient, String subject, String body) throws NotSent {
        if (FAILING.contains(recipient)) {
            throw new NotSent(
                    "Could not send mail to " + recipient + ": test: the SMTP server is unreachable",
                    new java.net.ConnectException("Connection refused (test)"));
        }
        super.send(recipient, subject, body);
    }
}
