package kr.go.msit.sovereignai.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.nio.charset.StandardCharsets;
import kr.go.msit.sovereignai.application.citizenpanel.PublicPanels;
import kr.go.msit.sovereignai.domain.NotFound;

/**
 * A round's citizens' panel as open data, the files anyone needs to re-run the draw: {@code quotas.csv} once the
 * panel is configured, {@code pool.csv} from the deadline (its SHA-256 is the published pool digest),
 * {@code table.csv} from the commitment and {@code draw.csv} after the draw; each byte for byte as committed
 * (UTF-8, LF). Anything not published yet answers 404 with a JSON message.
 */
@Path("rounds/{number}/panel")
@RequestScoped
public class PanelResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    PublicPanels panels;

    @GET
    @Path("quotas.csv")
    @Produces(CSV)
    public byte[] quotas(@PathParam("number") int number) {
        return file(number, "quotas.csv");
    }

    @GET
    @Path("pool.csv")
    @Produces(CSV)
    public byte[] pool(@PathParam("number") int number) {
        return file(number, "pool.csv");
    }

    @GET
    @Path("table.csv")
    @Produces(CSV)
    public byte[] table(@PathParam("number") int number) {
        return file(number, "table.csv");
    }

    @GET
    @Path("draw.csv")
    @Produces(CSV)
    public byte[] draw(@PathParam("number") int number) {
        return file(number, "draw.csv");
    }

    /** The bytes exactly as committed (never re-encoded by a writer), or 404. */
    private byte[] file(int number, String name) {
        return panels.file(number, name)
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(() -> new NotFound("panel.file.notPublished", name, number));
    }
}
