package kr.go.msit.sovereignai.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.mail.MailTransport;
import kr.go.msit.sovereignai.infrastructure.config.PlatformConfiguration;

/**
 * Sends mail through the SMTP server configured in {@code wildfly-config/configure.cli} ({@code PLATFORM_SMTP_HOST},
 * {@code PLATFORM_SMTP_PORT}, {@code PLATFORM_MAIL_FROM}). Without {@code PLATFORM_SMTP_HOST} (development) the mail is
 * written to the server log instead, links included, with a warning saying so, and counts as sent.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(SmtpMailTransport.class.getName());

    /** Connect, read and write timeouts: an SMTP conversation ends well inside a claim's two-minute lease. */
    private static final String TIMEOUT_MILLIS = "30000";

    @Resource(lookup = "java:jboss/mail/platform")
    Session session;

    @PostConstruct
    void boundedConversation() {
        // Jakarta Mail waits forever by default; the mail subsystem's SMTP server has no timeout attributes. The
        // session's properties are read at each connection, so these apply to every send (an operator's own win).
        Properties properties = session.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    }

    @Override
    public void send(String recipient, String subject, String body) throws NotSent {
        if (PlatformConfiguration.setting("PLATFORM_SMTP_HOST", "platform.smtp.host")
                .isEmpty()) {
            LOG.warning(() -> "Development only: no SMTP server is configured (PLATFORM_SMTP_HOST), so this mail"
                    + " was not sent. To: " + recipient + "\nSubject: " + subject + "\n" + body);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(); // the mail session's configured sender (PLATFORM_MAIL_FROM)
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException failure) {
            throw new NotSent("Could not send mail to " + recipient + ": " + failure, failure);
        }
    }
}
