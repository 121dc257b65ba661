package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.go.msit.sovereignai.application.accounts.AccountService;

/**
 * The page a citizen's confirmation link opens ({@code /confirm-email.xhtml?link=...}). Opening the
 * link shows a button and changes nothing, so a mail scanner that fetches every link confirms nobody; pressing the
 * button (a POST, which such scanners do not send) confirms. Whoever presses it reads mail at the address, which is
 * all it proves. The page keeps no session.
 */
@Named
@RequestScoped
public class EmailConfirmationPage {

    @Inject
    AccountService accounts;

    private String link;
    private boolean confirmed;
    private boolean refused;

    /** The GET: says at once when the link is forged, spent or expired; otherwise only shows the button. */
    public void check() {
        refused = !PageActions.attempt(() -> accounts.checkConfirmationLink(link));
    }

    public void confirm() {
        confirmed = PageActions.attempt(() -> accounts.confirmEmail(link));
        refused = !confirmed;
    }

    public boolean isConfirmed() {
        return confirmed;
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
}
