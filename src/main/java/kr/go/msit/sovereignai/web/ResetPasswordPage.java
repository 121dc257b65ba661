package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.go.msit.sovereignai.application.accounts.AccountService;

/**
 * The page a password reset link opens ({@code /reset-password.xhtml?link=...}, no session): the GET shows the form
 * (or at once why the link no longer works), the POST sets the new password. The link works once, for an hour; a
 * spent, expired or forged one is refused and changes nothing.
 */
@Named
@RequestScoped
public class ResetPasswordPage {

    static final String FORM = "resetPassword";

    @Inject
    AccountService accounts;

    private String link;
    private final NewPassword newPassword = new NewPassword();
    private boolean done;
    private boolean refused;

    /** The GET: the form, or the refusal when the link cannot be used. */
    public void check() {
        refused = !PageActions.attempt(() -> accounts.checkResetLink(link));
    }

    public void save() {
        if (!newPassword.confirmed(FORM)) {
            return;
        }
        done = PageActions.attempt(FORM, () -> accounts.resetPasswordWithLink(link, newPassword.getPassword()));
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

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
