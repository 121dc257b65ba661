package kr.go.msit.sovereignai.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * The page language, resolved per request: Korean unless the visitor chose English. A choice
 * made with {@code ?lang=en} (or {@code ko}) is remembered for a year in a cookie. Only display
 * preference changes, so a plain link is enough.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "lang";
    static final String PARAMETER = "lang";
    private static final Locale KOREAN = Locale.KOREAN;

    private Locale locale = KOREAN;

    @PostConstruct
    void resolve() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        String chosen = external.getRequestParameterMap().get(PARAMETER);
        if (isSupported(chosen)) {
            locale = Locale.forLanguageTag(chosen);
            remember(external, chosen);
            return;
        }
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c && isSupported(c.getValue())) {
            locale = Locale.forLanguageTag(c.getValue());
        }
    }

    private static boolean isSupported(String language) {
        return "ko".equals(language) || "en".equals(language);
    }

    private static void remember(ExternalContext external, String language) {
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        cookie.setMaxAge(365 * 24 * 60 * 60);
        cookie.setHttpOnly(true);
        cookie.setSecure(external.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isKorean() {
        return "ko".equals(locale.getLanguage());
    }

    /** {@code text} in the page language (null for none). */
    public String text(LocalizedText text) {
        return text == null ? null : text.korean(isKorean());
    }

    /** {@code text} in the language the page is not shown in, e.g. a team's name in the other language. */
    public String otherText(LocalizedText text) {
        return text == null ? null : text.korean(!isKorean());
    }

    /**
     * This page's address with the language switched, keeping the query parameters of a GET. Built from the view's
     * own path (a known page), never from the request's path, so {@code //other.site/x.xhtml} cannot become a link.
     */
    public String switchUrl(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String view = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        String path = view == null
                        || !view.startsWith("/")
                        || view.startsWith("/WEB-INF/")
                        || view.equals("/index.xhtml")
                        || !view.matches("[A-Za-z0-9/_.-]+")
                ? "/"
                : view;
        path = faces.getExternalContext().getRequestContextPath() + path;
        Map<String, String[]> parameters =
                "GET".equals(request.getMethod()) && request.getAttribute("jakarta.servlet.error.request_uri") == null
                        ? request.getParameterMap()
                        : Map.of();
        String query = parameters.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(PARAMETER)
                        && !entry.getKey().startsWith("jakarta.faces")
                        && !entry.getKey().contains(":"))
                .flatMap(entry ->
                        Arrays.stream(entry.getValue()).map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + language;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
