package kr.go.msit.sovereignai.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Instant;

/** Tests' side of {@link PanelPagesTestServlet}. */
public final class PanelPagesTestClient {

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public PanelPagesTestClient(URL baseUrl) {
        try {
            this.base = baseUrl.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String call(String query) {
        return TestSupportClient.post(http, base, "test-support-panel-pages", query);
    }

    /** {@code count} volunteers of one type (sex M/F, birth year, 시·도 code, LOW/MID/HIGH), each a new citizen. */
    public void volunteers(int round, int count, String sex, int birthYear, String province, String proficiency) {
        call("action=volunteers&round=" + round + "&count=" + count + "&sex=" + sex + "&birthYear=" + birthYear
                + "&province=" + province + "&proficiency=" + proficiency);
    }

    /** Runs the freeze as the deadline's timer would (the server's clock past the deadline). */
    public void freeze(int round) {
        call("action=freeze&round=" + round);
    }

    public void pinClock(Instant at) {
        call("action=pin-clock&epochSecond=" + at.getEpochSecond());
    }

    public void releaseClock() {
        call("action=release-clock");
    }
}
