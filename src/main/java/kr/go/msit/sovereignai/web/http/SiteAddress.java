package kr.go.msit.sovereignai.web.http;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The platform's public base URL with the context path, for links that leave the site (mail, a link shown once). */
public final class SiteAddress {

    private SiteAddress() {}

    /** Built from {@code PLATFORM_PUBLIC_URL} when configured, else a loopback address on the port the request came in on; never another host the request names. */
    public static String current() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        return PublicAddress.fromConfiguration().baseUrl(request.getHeader("Host"), request.getLocalPort())
                + external.getRequestContextPath();
    }
}
