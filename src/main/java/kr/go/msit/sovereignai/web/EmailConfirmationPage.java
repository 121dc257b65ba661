package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.go.msit.sovereignai.application.accounts.AccountService;

/**
 * The page a citizen's confirmation link opens ({@code /confirm-email.xhtml?link=...}). Opening
 * the link confirms: whoever can open it reads mail at the address, which is all it proves.
 */
@Named
@RequestScoped
public class EmailConfirmationPage {

    @Inject
    AccountService accounts;

    private String link;
    private boolean confirmed;

    public void confirm() {
        confirmed = PageActions.attempt(() -> accounts.confirmEmail(link));
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
