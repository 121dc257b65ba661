package kr.go.msit.sovereignai.application.accounts;

/**
 * Mail to a person about their account. Mail goes out only once the calling transaction commits
 * (a link is never sent for an account that was rolled back), and a delivery failure never undoes
 * what was stored: the person can ask for the link again.
 */
public interface AccountMail {

    /** The link that confirms {@code address} belongs to the person who signed up with it. */
    void sendConfirmationLink(String address, String confirmationLink);

    /**
     * Someone tried to sign up with an address that already has an account: its owner is told
     * (and where to sign in), while the sign-up page answers exactly as for a new address.
     */
    void sendAlreadyRegistered(String address, String signInLink, String forgotPasswordLink);

    /**
     * Someone signed up with {@code address}, whose mailbox already has an account that was never confirmed: the
     * link's page lets whoever reads this mail take that account over, choosing its name and password there.
     */
    void sendReclaimLink(String address, String reclaimLink);

    /** The one-time link that sets a new password (asked for on the "forgot password" page). */
    void sendPasswordResetLink(String address, String resetLink);

    /**
     * The person was drawn for the citizens' panel of review {@code roundNumber} (issue 23): their pseudonym, and that
     * only the panel's votes are scored. Sent after the draw's transaction commits.
     */
    void sendPanelSeat(String address, int roundNumber, String pseudonym);
}
