package kr.go.msit.sovereignai.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.ProgrammeCatalogue;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/** {@code GET /api/rounds}: every review round with its window, status and postponements. */
@Path("rounds")
@RequestScoped
public class RoundsResource {

    @Inject
    ProgrammeCatalogue catalogue;

    /** A window as two instants in ISO-8601 UTC text (whatever JSON provider the server uses); pages show Korean time. */
    public record Window(String opensAt, String closesAt) {

        Window(Instant opensAt, Instant closesAt) {
            this(opensAt.toString(), closesAt.toString());
        }
    }

    public record PostponementData(Window oldWindow, Window newWindow, String reasonKo, String reasonEn, String decidedBy,
            String decidedAt) {
    }

    public record RoundData(int number, String status, Window window, int plannedEliminations, List<PostponementData> postponements) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RoundData> rounds() {
        return catalogue.rounds().stream().map(RoundsResource::data).toList();
    }

    private static RoundData data(ReviewRound round) {
        return new RoundData(round.getNumber(), round.getStatus().name(),
                new Window(round.getWindow().opensAt(), round.getWindow().closesAt()), round.getPlannedEliminations(),
                round.getPostponements().stream().map(p -> new PostponementData(
                        new Window(p.oldWindow().opensAt(), p.oldWindow().closesAt()),
                        new Window(p.newWindow().opensAt(), p.newWindow().closesAt()),
                        p.reasonKo(), p.reasonEn(), p.decidedBy(), p.decidedAt().toString())).toList());
    }
}
