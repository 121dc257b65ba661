package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import kr.go.msit.sovereignai.domain.KoreanTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rounds as their pages show them (issue 21, item 7): their order kept, the ministry named in the page's language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoundPagesIT {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL baseUrl;

    private PageClient administrator() throws Exception {
        PageClient admin = new PageClient(baseUrl.toURI());
        assertTrue(admin.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        return admin;
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, KoreanTime.ZONE).format(LOCAL_INPUT);
    }

    private static HttpResponse<String> postpone(PageClient admin, int round, Instant opens, Instant closes)
            throws Exception {
        HttpResponse<String> page = admin.get("admin/rounds.xhtml");
        return admin.submit(
                "admin/rounds.xhtml",
                page,
                "postpone",
                "postponeButton",
                Map.of(
                        "round",
                        String.valueOf(round),
                        "opensAt",
                        local(opens),
                        "closesAt",
                        local(closes),
                        "reasonKo",
                        "GPU 수급 지연",
                        "reasonEn",
                        "GPU supply delayed"));
    }

    @Test
    void aLaterReviewCannotMoveBeforeAnEarlierOneAndTheMinistryIsNamedInEnglish() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int earlier = support.scheduleAhead();
        int later = support.scheduleWithoutPublishing();
        assertEquals(earlier + 1, later);
        String before = support.roundState(later);
        PageClient admin = administrator();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> refused =
                postpone(admin, later, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)));

        assertEquals(200, refused.statusCode());
        assertTrue(
                refused.body().contains(KoreanText.of("round.postpone.beforeEarlier", later, earlier)),
                "the order refusal: " + refused.body());
        assertEquals(before, support.roundState(later), "nothing moved");

        HttpResponse<String> moved =
                postpone(admin, later, now.plus(Duration.ofDays(40)), now.plus(Duration.ofDays(54)));
        assertTrue(moved.body().contains(KoreanText.of("admin.round.postponed", later)), moved.body());
        assertFalse(moved.body().contains("role=\"alert\""), "the confirmation is no list item with role=alert");

        // The earlier review will not be held: it leaves the programme's current round to the others' tests.
        HttpResponse<String> page = admin.get("admin/rounds.xhtml");
        HttpResponse<String> cancelled = admin.submit(
                "admin/rounds.xhtml",
                page,
                "cancel",
                "cancelButton",
                Map.of("round", String.valueOf(earlier), "reasonKo", "시험 일정 정리"));
        assertTrue(cancelled.body().contains(KoreanText.of("admin.round.cancelled", earlier)), cancelled.body());
        assertFalse(cancelled.body().contains("role=\"alert\""), "the confirmation is no list item with role=alert");

        String english =
                new PageClient(baseUrl.toURI()).get("index.xhtml?lang=en").body();
        assertTrue(
                english.contains("id=\"timeline-round-" + later + "-postponed\""),
                "the timeline shows the postponement");
        assertTrue(english.contains("Decided by Ministry of Science and ICT"), "the ministry's English name");
        assertFalse(english.contains("Decided by 과학기술정보통신부"), "never its Korean name unmarked on the English page");
        String korean =
                new PageClient(baseUrl.toURI()).get("index.xhtml?lang=ko").body();
        assertTrue(korean.contains("과학기술정보통신부 결정"), "the Korean page keeps the Korean name");
    }
}
