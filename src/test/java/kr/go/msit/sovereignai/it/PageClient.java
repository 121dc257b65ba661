package kr.go.msit.sovereignai.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, GETs JSF pages and posts their forms with the
 * page's own ViewState, as a person's browser would. For HTTP-level tests and load generation.
 * Like a browser it names the page's origin in an {@code Origin} header on every POST (the platform
 * refuses posts from other origins, issue 22); {@link #withOrigin} makes a client that names another.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("name=\"primefaces\\.nonce\"[^>]*value=\"([^\"]+)\"");
    /** The sign-in form's return address (a plain hidden input). */
    private static final Pattern NEXT = Pattern.compile("<input type=\"hidden\" name=\"next\" value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    /** The Origin header sent with every POST; null sends none. */
    private String origin;
    /** The Referer header sent with every POST; null sends none. */
    private String referer;

    public PageClient(URI base) {
        this(base, newHttpClient());
    }

    /**
     * A browser of its own on a shared HTTP client: its cookies stay its own (kept here, not in the client), so a load
     * generator's thousands of citizens need not each run a client's threads and connection pool.
     */
    public PageClient(URI base, HttpClient http) {
        this.base = base;
        this.origin = originOf(base);
        this.http = http;
    }

    /** An HTTP client as the pages' browsers use it; cookies are each browser's own (see {@link #send}). */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                // Browsers speak HTTP/1.1 to a plain-http site; the client's default h2c upgrade is not what they do.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The origin ({@code scheme://host:port}) of a URL, as a browser names it in the Origin header. */
    public static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** From now on, POSTs name {@code origin} (null: no Origin header at all), as a page on that site would. */
    public PageClient withOrigin(String origin) {
        this.origin = origin;
        return this;
    }

    /** From now on, POSTs carry this Referer (null: none). */
    public PageClient withReferer(String referer) {
        this.referer = referer;
        return this;
    }

    /** The cookies this browser keeps (tests plant or read the session cookie). */
    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = base.resolve(path);
        return send(uri, HttpRequest.newBuilder(uri).GET());
    }

    /** GET, then follow redirects within the site (as a browser does), returning the last response. */
    public HttpResponse<String> open(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            response = get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /** Posts form {@code formId} of {@code page} with the given fields (ids relative to the form) and its hidden fields. */
    public HttpResponse<String> submit(
            String path, HttpResponse<String> page, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        return postForm(path, form(formId, button, fields, hiddenFields(page.body())));
    }

    /** Posts a form with an explicit ViewState and no other hidden field (for forging requests in tests). */
    public HttpResponse<String> post(
            String path, String formId, String button, Map<String, String> fields, String viewState)
            throws IOException, InterruptedException {
        return postForm(path, form(formId, button, fields, Map.of("jakarta.faces.ViewState", viewState)));
    }

    private static Map<String, String> form(
            String formId, String button, Map<String, String> fields, Map<String, String> hidden) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.putAll(hidden);
        return form;
    }

    /** Posts exactly these form fields (full names). */
    public HttpResponse<String> postForm(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        return send(uri, request);
    }

    /** Posts a multipart form: the fields, then one file (as a browser's file input sends it). */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----it-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        return send(uri, request);
    }

    /** Sends with this browser's cookies and keeps the ones the answer sets, as a browser's cookie jar does. */
    private HttpResponse<String> send(URI uri, HttpRequest.Builder request) throws IOException, InterruptedException {
        List<String> cookie = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
        if (!cookie.isEmpty()) {
            request.header("Cookie", String.join("; ", cookie));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        cookies.put(uri, response.headers().map());
        return response;
    }

    private static final Pattern RATING_GROUP = Pattern.compile("name=\"(ballot:[^\"]*:rating)\"");

    /** The names of the ballot form's rating groups (one per team and public criterion), in page order. */
    public static List<String> ratingGroups(String html) {
        List<String> groups = new ArrayList<>();
        Matcher matcher = RATING_GROUP.matcher(html);
        while (matcher.find()) {
            if (!groups.contains(matcher.group(1))) {
                groups.add(matcher.group(1));
            }
        }
        return groups;
    }

    /**
     * Casts or changes this client's ballot as a browser with scripts does: the ballot page's form,
     * every group rated by {@code rating}, confirmed in one POST. Returns the response page.
     */
    public HttpResponse<String> castBallot(HttpResponse<String> ballotPage, java.util.function.IntUnaryOperator rating)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ballot", "ballot");
        List<String> groups = ratingGroups(ballotPage.body());
        for (int i = 0; i < groups.size(); i++) {
            form.put(groups.get(i), String.valueOf(rating.applyAsInt(i)));
        }
        form.put("ballot:confirmed", "true");
        form.put("ballot:submit", "");
        form.putAll(hiddenFields(ballotPage.body()));
        return postForm("ballot.xhtml", form);
    }

    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9A-Z-]{24})<");

    /** The receipt shown after an accepted ballot, if the page shows one. */
    public static java.util.Optional<String> receipt(String html) {
        Matcher matcher = RECEIPT.matcher(html);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    /**
     * The hidden fields every form of the page carries and a browser posts back: the ViewState, and the page's
     * script nonce (Content-Security-Policy), which the platform requires with every postback.
     */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("jakarta.faces.ViewState", viewState(html));
        Matcher nonce = SCRIPT_NONCE.matcher(html);
        if (nonce.find()) {
            hidden.put("primefaces.nonce", nonce.group(1));
        }
        Matcher next = NEXT.matcher(html);
        if (next.find()) {
            hidden.put(
                    "next",
                    next.group(1)
                            .replace("&quot;", "\"")
                            .replace("&#39;", "'")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&amp;", "&"));
        }
        return hidden;
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No ViewState in page");
        }
        return matcher.group(1);
    }

    /** Signs in through the real login form; true when the platform accepted the credentials. */
    public boolean signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        HttpResponse<String> response =
                submit("login.xhtml", page, "login", "submit", Map.of("email", email, "password", password));
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("login");
    }

    /**
     * Signs up a citizen as a person would: the sign-up form, the confirmation link from the mail
     * (the tests' SMTP server), then the sign-in form. On a server with e-mail verification off
     * the sign-up alone signs in. True when every step was accepted; the client is then signed in.
     */
    public boolean signUp(String email, String displayName, String password) throws Exception {
        HttpResponse<String> answer = submitSignUp(email, displayName, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.contains("signup.xhtml?sent=true")) {
            return answer.statusCode() == 302; // verification off: signed in and sent home
        }
        HttpResponse<String> confirmed = confirmEmail(TestMailbox.confirmationLink(email));
        return confirmed.statusCode() == 200
                && confirmed.body().contains("id=\"email-confirmed\"")
                && signIn(email, password);
    }

    /**
     * Opens a mailed confirmation link and presses its button, as a person does: the GET alone confirms
     * nothing. Returns the page after the button, or the GET's page when it shows no button (a refused link).
     */
    public HttpResponse<String> confirmEmail(String link) throws IOException, InterruptedException {
        HttpResponse<String> page = get(link);
        if (page.statusCode() != 200 || !page.body().contains("id=\"confirmation\"")) {
            return page;
        }
        String secret = link.substring(link.indexOf("link=") + "link=".length());
        return submit("confirm-email.xhtml", page, "confirmation", "confirm", Map.of("link", secret));
    }

    /**
     * Only the sign-up form, with its proof-of-work solved as the page's script does (the tests' server asks an easy
     * one, {@code platform.signup.challenge-max} in arquillian.xml; it still checks it). With verification on, the
     * platform answers with a redirect to "check your mail".
     */
    public HttpResponse<String> submitSignUp(String email, String displayName, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get("signup.xhtml");
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "email",
                email,
                "displayName",
                displayName,
                "password",
                password,
                "passwordConfirmation",
                password,
                "privacyConsent",
                "on"));
        fields.putAll(solvedChallenge(page.body()));
        return submit("signup.xhtml", page, "signup", "submit", fields);
    }

    private static final Pattern CHALLENGE_SALT = Pattern.compile("data-salt=\"([^\"]+)\"");
    private static final Pattern CHALLENGE_HASH = Pattern.compile("data-challenge=\"([0-9a-f]{64})\"");
    private static final Pattern CHALLENGE_MAX = Pattern.compile("data-max=\"(\\d+)\"");
    private static final Pattern CHALLENGE_TOKEN = Pattern.compile("name=\"signup:challenge\"[^>]*value=\"([^\"]+)\"");

    /**
     * The sign-up page's proof-of-work fields, {@code challenge} and {@code solution} (relative to the form), solved
     * by trying numbers as the page's script does.
     */
    public static Map<String, String> solvedChallenge(String signUpPage) {
        Matcher salt = CHALLENGE_SALT.matcher(signUpPage);
        Matcher hash = CHALLENGE_HASH.matcher(signUpPage);
        Matcher max = CHALLENGE_MAX.matcher(signUpPage);
        Matcher token = CHALLENGE_TOKEN.matcher(signUpPage);
        if (!salt.find() || !hash.find() || !max.find() || !token.find()) {
            throw new IllegalStateException("No proof-of-work challenge in the sign-up page");
        }
        int number = kr.go.msit.sovereignai.web.http.ProofOfWork.solve(
                salt.group(1), hash.group(1), Integer.parseInt(max.group(1)));
        return Map.of("challenge", token.group(1), "solution", Integer.toString(number));
    }
}
