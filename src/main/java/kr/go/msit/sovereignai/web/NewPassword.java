package kr.go.msit.sovereignai.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import kr.go.msit.sovereignai.domain.account.PasswordRule;

/**
 * A new password typed twice, the form rows of sign-up, set-password and change-password, with the one rule for
 * them: a password {@link PasswordRule} accepts must be typed the same twice (else {@code account.password.mismatch}
 * next to the confirmation); an empty or out-of-bounds one is not compared, {@link PasswordRule} refuses it as too
 * short (next to the password) wherever the page or its use case checks it. So an empty value has one rule and one
 * message on every page.
 */
public final class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONFIRMATION_FIELD = "passwordConfirmation";

    private String password;
    private String confirmation;

    /** True unless the password is typed differently twice, which is then explained next to the confirmation. */
    public boolean confirmed(String formId) {
        if (PasswordRule.accepts(password) && !password.equals(confirmation)) {
            Messages.error(formId + ":" + CONFIRMATION_FIELD, "account.password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        return true;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
