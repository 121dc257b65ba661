package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestSupportClient;

/**
 * Citizens who vote in the blind arena without a browser (the page's own form, posted as a browser posts it),
 * for the browser tests that need a round's votes around what they do in Chromium.
 */
final class ArenaVoters {

    private static final Pattern TOKEN = Pattern.compile("id=\"vote:token\"[^>]*value=\"([^\"]*)\"");
    /** The four choices' buttons, in the form's order. */
    static final List<String> CHOICES = List.of("a-better", "b-better", "tie", "both-bad");

    private ArenaVoters() {}

    /**
     * A new citizen signs up and votes on battle after battle until the arena has none left for them (the cap
     * reached, or none available), choosing in turn from {@code pattern}; returns how many votes they cast.
     */
    static int citizenVotesUntilDone(URL baseUrl, List<String> pattern) throws Exception {
        PageClient citizen = new PageClient(uri(baseUrl));
        assertTrue(
                citizen.signUp("arena-voter-" + UUID.randomUUID() + "@example.kr", "블라인드 평가 시민", "arena-password-1"),
                "the citizen signed up");
        int votes = 0;
        for (int battle = 0; battle < 100; battle++) {
            HttpResponse<String> page = citizen.open("arena.xhtml");
            assertEquals(200, page.statusCode(), page.body());
            if (page.body().contains("id=\"arena-refusal\"")) {
                return votes;
            }
            Matcher token = TOKEN.matcher(page.body());
            assertTrue(token.find(), "a battle with its token: " + page.body());
            HttpResponse<String> answer = citizen.submit(
                    "arena.xhtml", page, "vote", pattern.get(votes % pattern.size()), Map.of("token", token.group(1)));
            assertTrue(answer.body().contains("id=\"arena-receipt\""), "the vote was recorded: " + answer.body());
            votes++;
        }
        throw new AssertionError("the arena never ran out of battles for one citizen");
    }

    /**
     * Citizens vote (each until the arena has no battle left for them) until the round's votes link every
     * competing team, as its analysis needs to rank them all; at least {@code atLeast} citizens. Returns the votes cast.
     */
    static int untilEveryTeamIsLinked(URL baseUrl, TestSupportClient support, int round, int atLeast) throws Exception {
        int votes = 0;
        for (int citizens = 0; citizens < 40; citizens++) {
            if (citizens >= atLeast && support.arenaConnected(round)) {
                return votes;
            }
            // Each citizen leans differently, so the fit has wins and losses both ways.
            List<String> pattern = switch (citizens % 3) {
                case 0 -> List.of("a-better", "b-better", "a-better", "tie");
                case 1 -> List.of("b-better", "a-better", "both-bad");
                default -> List.of("a-better", "a-better", "b-better");
            };
            votes += citizenVotesUntilDone(baseUrl, pattern);
        }
        throw new AssertionError("forty citizens' votes did not link every team of round " + round);
    }

    private static URI uri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
