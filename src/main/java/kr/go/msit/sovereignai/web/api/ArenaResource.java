package kr.go.msit.sovereignai.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import kr.go.msit.sovereignai.application.arena.ArenaResults;
import kr.go.msit.sovereignai.application.arena.ArenaViews.ArenaResultsView;
import kr.go.msit.sovereignai.application.arena.ArenaViews.Commitment;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublicEvaluationRules;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublishedVote;
import kr.go.msit.sovereignai.application.arena.PublicArena;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;
import kr.go.msit.sovereignai.domain.arena.JsonStrings;

/**
 * A round's arena as open data, under {@code /api/rounds/{n}/arena}: its rules and prompt commitment
 * (always); {@code prompts.jsonl} from the release instant (byte for byte the canonical form whose
 * SHA-256 is the commitment); once the round has closed, {@code answers/{team}.jsonl} (matching each
 * answer set's digest), every issued battle as {@code votes.csv} and {@code votes.json} (battle,
 * prompt, the teams shown as A and B, outcome or empty when unvoted, the citizen's per-round
 * pseudonym, receipt), the fit as {@code fit.json}, and one vote by its receipt.
 */
@Path("rounds/{number}/arena")
@RequestScoped
public class ArenaResource {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    private static final MediaType JSONL = new MediaType("application", "jsonl", StandardCharsets.UTF_8.name());

    @Inject
    PublicArena arena;

    @Inject
    ArenaResults arenaResults;

    /** The prompt set's commitment: its SHA-256, size, when it was committed and when the prompts are (or were) released. */
    public record CommitmentData(String sha256, int prompts, String committedAt, String releaseAt, boolean released) {}

    /**
     * A round's public evaluation: {@code mode} ARENA or RATING; for an arena the analysis plan (seed, replicates),
     * the battles per citizen, the prompt commitment (null before upload) and, once the round has closed, each
     * team's answer set digest by team code (empty before).
     */
    public record RulesData(
            String mode,
            long seed,
            int replicates,
            int battleCap,
            CommitmentData commitment,
            java.util.Map<String, String> answerDigests) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response rules(@PathParam("number") int number) {
        PublicEvaluationRules rules = arena.rules(number);
        Commitment c = rules.commitment();
        return Response.ok(new RulesData(
                        rules.mode().name(),
                        rules.plan().seed(),
                        rules.plan().replicates(),
                        rules.battleCap(),
                        c == null
                                ? null
                                : new CommitmentData(
                                        c.sha256(),
                                        c.prompts(),
                                        c.committedAt().toString(),
                                        c.releaseAt() == null
                                                ? null
                                                : c.releaseAt().toString(),
                                        c.released()),
                        arena.revealedAnswerDigests(number)))
                .build();
    }

    @GET
    @Path("prompts.jsonl")
    @Produces({"application/jsonl", MediaType.APPLICATION_JSON})
    public Response prompts(@PathParam("number") int number) {
        return Response.ok(arena.releasedPrompts(number), JSONL)
                .header("Content-Disposition", "attachment; filename=\"review-" + number + "-prompts.jsonl\"")
                .build();
    }

    @GET
    @Path("answers/{team}.jsonl")
    @Produces({"application/jsonl", MediaType.APPLICATION_JSON})
    public Response answers(@PathParam("number") int number, @PathParam("team") String team) {
        return Response.ok(arena.revealedAnswers(number, team), JSONL)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"review-" + number + "-answers-" + team + ".jsonl\"")
                .build();
    }

    @GET
    @Path("fit.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response fit(@PathParam("number") int number) {
        return Response.ok(arenaResults.results(number).leaderboard().toJson(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /**
     * Everybody's fit (the open public's) in a round with a drawn citizens' panel, where {@code fit.json} is the
     * panel members' (scored) fit; the same as {@code fit.json} in a round without one.
     */
    @GET
    @Path("fit-open.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openFit(@PathParam("number") int number) {
        ArenaResultsView results = arenaResults.results(number);
        ArenaLeaderboard open = results.openLeaderboard() == null ? results.leaderboard() : results.openLeaderboard();
        return Response.ok(open.toJson(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("votes.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response votesCsv(@PathParam("number") int number) {
        arenaResults.results(number); // refuses a round that has not closed before the stream starts
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            // A round with a drawn citizens' panel adds a last column, scored (true for a seated member's vote, the
            // only ones that made the points); a round without one keeps the eight columns it always had.
            boolean panel = arena.panelScored(number);
            writer.write(
                    "battle,prompt,team_a,team_b,outcome,citizen,receipt,voted_at" + (panel ? ",scored" : "") + "\r\n");
            arena.forEachPublishedBattle(
                    number,
                    vote -> write(
                            writer,
                            panel
                                    ? Csv.row(
                                            vote.battle(),
                                            vote.prompt(),
                                            vote.teamA(),
                                            vote.teamB(),
                                            vote.outcome(),
                                            vote.citizen(),
                                            vote.receipt(),
                                            vote.votedAt(),
                                            vote.scored())
                                    : Csv.row(
                                            vote.battle(),
                                            vote.prompt(),
                                            vote.teamA(),
                                            vote.teamB(),
                                            vote.outcome(),
                                            vote.citizen(),
                                            vote.receipt(),
                                            vote.votedAt())));
            writer.flush();
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"review-" + number + "-votes.csv\"")
                .build();
    }

    @GET
    @Path("votes.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response votesJson(@PathParam("number") int number) {
        arenaResults.results(number);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write("[");
            boolean[] first = {true};
            arena.forEachPublishedBattle(number, vote -> {
                write(writer, (first[0] ? "\n" : ",\n") + json(vote));
                first[0] = false;
            });
            writer.write("\n]\n");
            writer.flush();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("votes/{receipt}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response vote(@PathParam("number") int number, @PathParam("receipt") String receipt) {
        return arena.findVote(number, receipt)
                .map(v -> Response.ok(json(v), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseThrow(() -> new NotFound("arena.receipt.notFound", number));
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /** One vote as a JSON object, written by hand so a million of them stream without building a tree. */
    static String json(PublishedVote vote) {
        return "{\"battle\":" + vote.battle() + ",\"prompt\":" + JsonStrings.quoted(vote.prompt()) + ",\"teamA\":"
                + JsonStrings.quoted(vote.teamA())
                + ",\"teamB\":" + JsonStrings.quoted(vote.teamB()) + ",\"outcome\":"
                + JsonStrings.quoted(vote.outcome()) + ",\"citizen\":" + JsonStrings.quoted(vote.citizen())
                + ",\"receipt\":" + JsonStrings.quoted(vote.receipt()) + ",\"votedAt\":"
                + JsonStrings.quoted(
                        vote.votedAt() == null ? null : vote.votedAt().toString())
                + (vote.scored() == null ? "" : ",\"scored\":" + vote.scored()) + "}";
    }
}
