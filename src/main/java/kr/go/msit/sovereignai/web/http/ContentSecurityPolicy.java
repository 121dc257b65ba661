package kr.go.msit.sovereignai.web.http;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.csp.CspPhaseListener;

/**
 * Sends each page's Content-Security-Policy with a fresh script nonce (PrimeFaces' CSP mode), once the view is built.
 * PrimeFaces would do it itself before the view is built, when the page does not yet know that it is a read-only
 * public page without view state; the nonce it then keeps in the view map would open a session for every
 * anonymous reader. Hence {@code primefaces.CSP = policyProvided} in web.xml, and this listener in its place.
 */
public class ContentSecurityPolicy implements SystemEventListener {

    /** The page policy; PrimeFaces appends the nonce to its last directive (script-src). */
    static final String POLICY_PARAMETER = "kr.go.msit.sovereignai.CONTENT_SECURITY_POLICY";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        String policy = context.getExternalContext().getInitParameter(POLICY_PARAMETER);
        CspPhaseListener.initCsp(context, Boolean.TRUE, Boolean.FALSE, null, policy);
    }
}
