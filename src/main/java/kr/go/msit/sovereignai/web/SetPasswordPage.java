package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import kr.go.msit.sovereignai.application.accounts.AccountService;

/** A reviewer sets their password with the one-time link from an administrator ({@code /set-password.xhtml?link=...}). */
@Named
@RequestScoped
public class SetPasswordPage {

    static final String FORM = "setPassword";

    @Inject
    AccountService accounts;

    private String link;
    private final NewPassword newPassword = new NewPassword();

    public void save() throws IOException {
        if (!newPassword.confirmed(FORM)
                || !PageActions.attempt(FORM, () -> accounts.setPasswordWithLink(link, newPassword.getPassword()))) {
            return;
        }
        Messages.info("setPassword.done");
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
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
