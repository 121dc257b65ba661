package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.domain.account.Role;

/** Who is looking at the page, for the header and for showing role-specific links. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private static final String DISPLAY_NAME = CurrentUser.class.getName() + ".displayName:";

    private String displayName;

    /** Servlet's view of the caller: null when nobody signed in (Jakarta Security reports "anonymous"). */
    private Principal caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    /** The signed-in person's display name, looked up once per session (it never changes). */
    public String getDisplayName() {
        if (displayName == null) {
            Principal caller = caller();
            if (caller == null) {
                return "";
            }
            Map<String, Object> session =
                    FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
            String key = DISPLAY_NAME + caller.getName();
            displayName = (String) session.get(key);
            if (displayName == null) {
                displayName = accounts.callerDisplayName().orElse(caller.getName());
                session.put(key, displayName);
            }
        }
        return displayName;
    }

    public boolean isAdministrator() {
        return securityContext.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isExpert() {
        return securityContext.isCallerInRole(Role.EXPERT_NAME);
    }

    /** Ends the session (POST only, from the header form) and returns to the home page. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
    }
}
