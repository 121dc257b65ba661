package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.go.msit.sovereignai.application.accounts.AccountService;

/**
 * The page a reclaim link opens ({@code /reclaim-account.xhtml?link=...}, no session): the link was mailed to a
 * mailbox whose unconfirmed account someone signed up for again, and carries nothing of that sign-up. The GET shows
 * the form (or at once why the link no longer works) and says that it takes over the account registered with the
 * address; the POST sets the name and password the mailbox's owner chose here. Once, for an unconfirmed account only.
 */
@Named
@RequestScoped
public class ReclaimAccountPage {

    static final String FORM = "reclaimAccount";

    @Inject
    AccountService accounts;

    private String link;
    private String displayName;
    private final NewPassword newPassword = new NewPassword();
    private boolean done;
    private boolean refused;

    /** The GET: the form, or the refusal when the link cannot be used. */
    public void check() {
        refused = !PageActions.attempt(() -> accounts.checkReclaimLink(link));
    }

    public void save() {
        if (!newPassword.confirmed(FORM)) {
            return;
        }
        done = PageActions.attempt(FORM, () -> accounts.reclaimAccount(link, displayName, newPassword.getPassword()));
    }

    public boolean isDone() {
        return done;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
