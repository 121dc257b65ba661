package kr.go.msit.sovereignai.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** The one way a page answers "there is no such thing": HTTP 404 with the site's not-found page, and nothing else rendered. */
public final class NotFoundResponse {

    private NotFoundResponse() {}

    /** Ends the current request with 404; {@code what} names the missing thing in the server's log only. */
    public static void send(String what) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, what);
        faces.responseComplete();
    }
}
