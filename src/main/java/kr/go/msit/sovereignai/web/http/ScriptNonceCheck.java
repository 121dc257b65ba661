package kr.go.msit.sovereignai.web.http;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a postback's script nonce (see {@link ScriptNonceRenderKitFactory}) as soon as its view is restored, before
 * any value is applied or action runs. PrimeFaces checks it only when the answer is rendered, after the actions: a
 * postback without its page's nonce was answered 400 (the expired page) while its ballot was stored all the same.
 * Now such a postback goes straight to rendering, where PrimeFaces refuses it as before, and nothing has changed.
 */
public class ScriptNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view, and the nonce it keeps, are restored in this phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback()
                || context.getViewRoot() == null
                || !PrimeApplicationContext.getCurrentInstance(context)
                        .getConfig()
                        .isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException missingOrForeign) {
            context.renderResponse(); // no value applied, no action run; the rendering answers the refusal
        }
    }
}
