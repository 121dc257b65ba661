package kr.go.msit.sovereignai.application.mail;

/** Hands one mail to the SMTP server (or, in development, to the log). */
public interface MailTransport {

    /** Returns once the server accepted the mail; throws {@link NotSent} when it did not. */
    void send(String recipient, String subject, String body) throws NotSent;

    /** The mail was not accepted (server unreachable, refused, timed out, address unusable). */
    final class NotSent extends Exception {

        private static final long serialVersionUID = 1L;

        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
