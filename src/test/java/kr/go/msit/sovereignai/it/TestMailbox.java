package kr.go.msit.sovereignai.it;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server on loopback (GreenMail) that receives every mail the platform under test
 * sends. It starts with the integration-test run, before the managed WildFly, on a free port
 * that it publishes as {@code it.smtp.port} for arquillian.xml.
 */
public final class TestMailbox {

    private static final Pattern CONFIRMATION_LINK =
            Pattern.compile("https?://\\S+/confirm-email\\.xhtml\\?link=[A-Za-z0-9_-]+");
    private static volatile GreenMail server;

    private TestMailbox() {}

    /** Starts the mailbox for a failsafe run ({@code it.mailbox=true}); unit-test runs get none. */
    public static final class StartWithTheRun implements LauncherSessionListener {

        @Override
        public void launcherSessionOpened(LauncherSession session) {
            if (Boolean.getBoolean("it.mailbox") && server == null) {
                GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                mail.start();
                server = mail;
                System.setProperty(
                        "it.smtp.port", Integer.toString(mail.getSmtp().getPort()));
            }
        }

        @Override
        public void launcherSessionClosed(LauncherSession session) {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** Every mail received for {@code address} so far, oldest first. */
    public static List<MimeMessage> mailTo(String address) {
        GreenMail mail = server;
        if (mail == null) {
            throw new IllegalStateException("no test mailbox: run with -Dit.mailbox=true (failsafe does)");
        }
        GreenMailUser user = mail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            List<MimeMessage> messages = new ArrayList<>();
            mail.getManagers()
                    .getImapHostManager()
                    .getInbox(user)
                    .getMessages()
                    .forEach(stored -> messages.add(stored.getMimeMessage()));
            return messages;
        } catch (FolderException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The newest mail for {@code address} whose subject contains {@code subjectPart}, waiting up to 20 s for it. */
    public static MimeMessage awaitMail(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = Eventually.value(
                Duration.ofSeconds(20),
                () -> mailTo(address).stream()
                        .filter(m -> subjectOf(m).contains(subjectPart))
                        .toList(),
                list -> !list.isEmpty());
        if (found.isEmpty()) {
            throw new AssertionError("no mail with '" + subjectPart + "' reached " + address + " within 20 s; it has "
                    + mailTo(address).stream().map(TestMailbox::subjectOf).toList());
        }
        return found.get(found.size() - 1);
    }

    /** The confirmation link of the newest confirmation mail for {@code address}. */
    public static String confirmationLink(String address) throws Exception {
        String body = bodyOf(awaitMail(address, "Please confirm your e-mail address"));
        Matcher link = CONFIRMATION_LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("no confirmation link in: " + body);
        }
        return link.group();
    }

    /**
     * The link to {@code page} (for example {@code reset-password.xhtml}) in the newest mail for {@code address} whose
     * subject contains {@code subjectPart}, waiting for it as {@link #awaitMail} does.
     */
    public static String linkIn(String address, String subjectPart, String page) throws Exception {
        String body = bodyOf(awaitMail(address, subjectPart));
        Matcher link = Pattern.compile("https?://\\S+/" + Pattern.quote(page) + "\\?link=[A-Za-z0-9_-]+")
                .matcher(body);
        if (!link.find()) {
            throw new AssertionError("no link to " + page + " in: " + body);
        }
        return link.group();
    }

    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The decoded text of a plain-text mail (the platform sends nothing else). */
    public static String bodyOf(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
