package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A reviewer sets their password with the one-time link from an administrator ({@code /set-password.xhtml?link=...}). */
@Named
@RequestScoped
public class SetPasswordPage {

    static final String FORM = "setPassword";

    @Inject
    AccountService accounts;

    private String link;
    private String password;
    private String passwordConfirmation;

    public void save() throws IOException {
        if (password == null || !password.equals(passwordConfirmation)) {
            Messages.error(FORM + ":passwordConfirmation", "account.password.mismatch");
            return;
        }
        try {
            accounts.setPasswordWithLink(link, password);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FORM);
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
