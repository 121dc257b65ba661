package kr.go.msit.sovereignai.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.ballot.BallotViews.BulletinEntry;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.results.Objections;
import kr.go.msit.sovereignai.application.results.PublicScoring;
import kr.go.msit.sovereignai.application.results.ResultViews.Averages;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.tally.PublicComparison;

/**
 * The rounds' open data: {@code GET /api/rounds} (every round with its window, status and
 * postponements), and after publication {@code /api/rounds/{n}/results} (JSON),
 * {@code /api/rounds/{n}/results.csv}, {@code /api/rounds/{n}/benchmarks.csv} (per team and benchmark) and {@code /api/rounds/{n}/bulletin.csv}. Before
 * publication the results answer 404 with a JSON message.
 *
 * <p>While a round published naming only the first and the last rank withholds the rest (until its
 * objection period ends), the other teams' lines carry their name and outcome but no rank or figures,
 * and the averages are withheld too (with the named lines they would give the rest away); the JSON
 * says so in {@code disclosure}, the CSV marks such rows WITHHELD in the rank column with empty figure
 * columns. The bulletin stays public: it is how citizens check during the objection period that their
 * ballot was counted, and it holds only the public ballot's ratings (from which the public component,
 * 10 of 100 points, can be recomputed, but no rank or total).
 */
@Path("rounds")
@RequestScoped
public class RoundsResource {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    private static final int BULLETIN_PAGE = 1000;
    /** The rank column of a results.csv row whose rank and figures are not public yet. */
    static final String WITHHELD = "WITHHELD";

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    RoundCatalogue roundCatalogue;

    @Inject
    RoundResults roundResults;

    @Inject
    PublicEvaluation publicEvaluation;

    @Inject
    Objections objections;

    @Inject
    PublicScoring publicScoring;

    /** A window as two instants in ISO-8601 UTC text (whatever JSON provider the server uses); pages show Korean time. */
    public record Window(String opensAt, String closesAt) {

        Window(Instant opensAt, Instant closesAt) {
            this(opensAt.toString(), closesAt.toString());
        }
    }

    /**
     * {@code kind} is POSTPONEMENT (the window moved), HOLD (the round waited for the previous
     * review's results), MISSED (the whole window passed while the platform was down) or
     * LATE_OPENING (opened after its window began: the new window is the shortened one).
     */
    public record PostponementData(
            String kind,
            Window oldWindow,
            Window newWindow,
            String reasonKo,
            String reasonEn,
            String decidedBy,
            String decidedAt) {}

    /**
     * {@code window} is the window as planned (after postponements); {@code openedAt} and {@code closedAt}
     * are when the round actually opened and closed (null before; they differ from the window after
     * "open now" or "close now").
     */
    public record RoundData(
            int number,
            String status,
            boolean held,
            boolean missed,
            Window window,
            int plannedEliminations,
            List<PostponementData> postponements,
            String publishedAt,
            String objectionEndsAt,
            String openedAt,
            String closedAt) {}

    /**
     * One team's published line; {@code rank} is null for a disqualified team, and rank and figures are
     * null while {@code figuresWithheld}; {@code benchmarks} holds its per-benchmark figures (empty for
     * rounds published before they were kept, and while its figures are withheld).
     */
    public record TeamResultData(
            long teamId,
            String nameKo,
            String nameEn,
            BigDecimal benchmark,
            BigDecimal expert,
            BigDecimal userPanel,
            BigDecimal publicPoints,
            BigDecimal total,
            Integer rank,
            String outcome,
            String reason,
            boolean figuresWithheld,
            List<BenchmarkData> benchmarks) {}

    /**
     * One team's figures on one benchmark: its part (Korean and English), the benchmark's name, the
     * target model and its score, the measured score, the achievement in percent (uncapped) and the
     * points (counting at most 100 %).
     */
    public record BenchmarkData(
            String partKo,
            String partEn,
            String benchmark,
            String targetModel,
            BigDecimal target,
            BigDecimal measured,
            BigDecimal achievementPercent,
            BigDecimal points) {

        static BenchmarkData of(BenchmarkFigure figure) {
            return new BenchmarkData(
                    figure.part().ko(),
                    figure.part().en(),
                    figure.benchmark(),
                    figure.targetModel(),
                    figure.target(),
                    figure.measured(),
                    figure.achievement(),
                    figure.points());
        }
    }

    /**
     * What is public now. {@code mode} is FULL, or FIRST_AND_LAST_RANK while only those are named;
     * then {@code withheldUntil} is when the rest is released and {@code withheld} names the fields
     * withheld (on the teams marked {@code figuresWithheld}, and the averages). {@code chosenAtPublication}
     * is what the announcement named; once released, {@code releasedAt} says when.
     */
    public record DisclosureData(
            String mode, String chosenAtPublication, String withheldUntil, List<String> withheld, String releasedAt) {

        static final List<String> WITHHELD_WHILE_FIRST_AND_LAST_RANK =
                List.of("rank", "benchmark", "expert", "userPanel", "publicPoints", "total", "averages");

        static DisclosureData of(PublishedResults results) {
            if (results.figuresWithheld()) {
                return new DisclosureData(
                        results.disclosure().name(),
                        results.disclosure().name(),
                        results.figuresWithheldUntil().toString(),
                        WITHHELD_WHILE_FIRST_AND_LAST_RANK,
                        null);
            }
            boolean released = results.disclosure() != Disclosure.FULL;
            return new DisclosureData(
                    Disclosure.FULL.name(),
                    results.disclosure().name(),
                    null,
                    List.of(),
                    released ? results.objectionEndsAt().toString() : null);
        }
    }

    /**
     * A round's published result: {@code teams} are those of {@code version} (the latest unless
     * {@code ?version=} asked for an earlier one); {@code versions} lists every published version with
     * its reason, the upheld objections it corrected and what it changed; {@code correctionOpen} while an
     * upheld objection's correction is under way. {@code waivers} are the eliminated or disqualified teams'
     * waivers of their right to object; {@code objectionPeriodEndedEarly} once all of them have waived
     * ({@code objectionEndsAt} is then the last waiver's instant).
     */
    public record ResultsData(
            int round,
            String publishedAt,
            String objectionEndsAt,
            boolean resultFinal,
            Map<String, BigDecimal> componentPoints,
            List<TeamResultData> teams,
            Map<String, BigDecimal> averages,
            DisclosureData disclosure,
            int version,
            boolean correctionOpen,
            List<VersionData> versions,
            boolean objectionPeriodEndedEarly,
            List<WaiverData> waivers,
            PublicScoringData publicScoring) {}

    /**
     * Which votes scored the PUBLIC component (issue 23): {@code scoredBy} is EVERYONE (every citizen's vote) or
     * PANEL (only the seated members of the round's drawn citizens' panel); for PANEL, the members, those who
     * voted, everybody who voted, and per team the scored points beside the open public's (not scored) with the
     * differences (open minus panel), while the figures are public (null while they are withheld).
     */
    public record PublicScoringData(
            String scoredBy,
            Integer panelMembers,
            Long panelVoters,
            Long openVoters,
            List<PublicComparisonData> teams,
            BigDecimal largestPointsDifference,
            Integer largestRankDifference) {}

    /** One team's PUBLIC points scored by the panel and the open public's (not scored), with ranks and differences. */
    public record PublicComparisonData(
            long teamId,
            String teamNameKo,
            String teamNameEn,
            BigDecimal scoredPoints,
            int scoredRank,
            BigDecimal openPoints,
            int openRank,
            BigDecimal difference,
            int rankDifference) {}

    /**
     * One published version of a result; {@code reason} is null for the first publication. Its snapshot:
     * {@code inputsSha256}, the SHA-256 of the canonical form of the inputs it was computed from, and the
     * audit chain's head when it was published ({@code auditHeadSequence}, {@code auditHeadHash}); the
     * publication's own audit entry follows that head and names the digest (all null before snapshots were kept).
     */
    public record VersionData(
            int version,
            String publishedAt,
            String reason,
            List<Long> correctedObjectionIds,
            List<ChangeData> changes,
            String inputsSha256,
            Long auditHeadSequence,
            String auditHeadHash) {}

    /** A team's waiver of its right to object; {@code form} is WRITTEN, OFFICIAL_LETTER or EMAIL. */
    public record WaiverData(
            long teamId, String teamNameKo, String teamNameEn, String waivedBy, String waivedAt, String form) {}

    /**
     * A figure a republished version changed for a team: {@code figure} is BENCHMARK, EXPERT,
     * USER_PANEL, PUBLIC, TOTAL, RANK or OUTCOME; "-" stands for none (a disqualified team's rank).
     * While figures are withheld only OUTCOME changes are listed.
     */
    public record ChangeData(
            long teamId, String teamNameKo, String teamNameEn, String figure, String before, String after) {}

    /** An objection to a published result; {@code status} is OPEN, UPHELD or DISMISSED, the rationale and decision time once decided. */
    public record ObjectionData(
            long id,
            long teamId,
            String teamNameKo,
            String teamNameEn,
            String filedBy,
            String grounds,
            String evidenceUrl,
            String filedAt,
            String status,
            String rationale,
            String decidedAt,
            Integer correctedInVersion) {}

    public record ErrorData(String error, String message) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RoundData> rounds() {
        return roundCatalogue.rounds().stream().map(RoundsResource::data).toList();
    }

    @GET
    @Path("{number}/results")
    @Produces(MediaType.APPLICATION_JSON)
    public Response results(@PathParam("number") int number, @QueryParam("version") Integer version) {
        return withPublished(
                number,
                version,
                results -> Response.ok(data(results, publicScoring(results))).build());
    }

    @GET
    @Path("{number}/results.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response resultsCsv(@PathParam("number") int number, @QueryParam("version") Integer version) {
        return withPublished(number, version, results -> {
            // With a drawn citizens' panel (issue 23), public is the panel's (scored) and two last columns give the
            // open public's points (not scored) and the difference; a round without one keeps its columns.
            Map<Long, PublicComparison.Line> open = publicScoring
                    .comparison(results)
                    .map(c -> c.lines().stream()
                            .collect(Collectors.toMap(PublicComparison.Line::teamId, Function.identity())))
                    .orElse(null);
            StringBuilder csv = new StringBuilder(
                    "rank,team_id,team_name_ko,team_name_en,benchmark,expert,user_panel,public,total,outcome,reason"
                            + (open == null ? "" : ",open_public_not_scored,public_difference") + "\r\n");
            for (ResultLine line : results.lines()) {
                String row = Csv.row(
                        line.figuresWithheld() ? WITHHELD : line.rank(),
                        line.teamId(),
                        line.name().ko(),
                        line.name().en(),
                        line.benchmark(),
                        line.expert(),
                        line.userPanel(),
                        line.publicPoints(),
                        line.total(),
                        line.outcome(),
                        line.rationale());
                if (open != null) {
                    PublicComparison.Line compared = open.get(line.teamId());
                    row = row.substring(0, row.length() - 2) + ","
                            + Csv.row(
                                    compared == null ? null : compared.openPoints(),
                                    compared == null ? null : compared.difference());
                }
                csv.append(row);
            }
            Averages averages = results.averages();
            if (averages == null) {
                csv.append(Csv.row(
                        WITHHELD,
                        null,
                        "평균",
                        "Average",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "withheld until " + results.figuresWithheldUntil()));
                if (open != null) {
                    csv.setLength(csv.length() - 2);
                    csv.append(",,\r\n");
                }
            } else {
                csv.append(Csv.row(
                        null,
                        null,
                        "평균",
                        "Average",
                        averages.benchmark(),
                        averages.expert(),
                        averages.userPanel(),
                        averages.publicPoints(),
                        averages.total(),
                        null,
                        null));
                if (open != null) {
                    csv.setLength(csv.length() - 2);
                    csv.append(",,\r\n");
                }
            }
            return csv(
                    csv.toString(),
                    "review-" + number + "-results" + (results.isLatest() ? "" : "-v" + results.version()) + ".csv");
        });
    }

    /** Every team's per-benchmark figures of a published round, one row per team and benchmark, teams in rank order. */
    @GET
    @Path("{number}/benchmarks.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response benchmarksCsv(@PathParam("number") int number) {
        return withPublished(number, results -> {
            StringBuilder csv = new StringBuilder(
                    "team_id,team_name_ko,team_name_en,part_ko,part_en,benchmark,target_model,target,measured,achievement_percent,points\r\n");
            for (ResultLine line : results.lines()) {
                for (BenchmarkFigure figure : line.benchmarks()) {
                    csv.append(Csv.row(
                            line.teamId(),
                            line.name().ko(),
                            line.name().en(),
                            figure.part().ko(),
                            figure.part().en(),
                            figure.benchmark(),
                            figure.targetModel(),
                            figure.target(),
                            figure.measured(),
                            figure.achievement(),
                            figure.points()));
                }
            }
            return csv(csv.toString(), "review-" + number + "-benchmarks.csv");
        });
    }

    /** The objections to a published round's result, in the order they were filed. */
    @GET
    @Path("{number}/objections")
    @Produces(MediaType.APPLICATION_JSON)
    public Response objections(@PathParam("number") int number) {
        return withPublished(
                number,
                results -> Response.ok(objections.of(number).stream()
                                .map(o -> new ObjectionData(
                                        o.id(),
                                        o.teamId(),
                                        o.teamName().ko(),
                                        o.teamName().en(),
                                        o.filedBy(),
                                        o.grounds(),
                                        o.evidenceUrl(),
                                        o.filedAt().toString(),
                                        o.status().name(),
                                        o.rationale(),
                                        o.decidedAt() == null
                                                ? null
                                                : o.decidedAt().toString(),
                                        o.correctedInVersion()))
                                .toList())
                        .build());
    }

    /** Every counted ballot: one row per rating, so a citizen can find their receipt and anyone can recount. */
    @GET
    @Path("{number}/bulletin.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response bulletinCsv(@PathParam("number") int number) {
        return withPublished(number, results -> {
            Map<Long, ResultLine> teams =
                    results.lines().stream().collect(Collectors.toMap(ResultLine::teamId, Function.identity()));
            Map<Long, CriterionChoice> criteria = roundCatalogue.publicCriteria(number).stream()
                    .collect(Collectors.toMap(CriterionChoice::id, Function.identity()));
            StreamingOutput body = output -> {
                Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
                writer.write("receipt,team_id,team_name_en,criterion_id,criterion_en,rating\r\n");
                String after = null;
                for (List<BulletinEntry> page = publicEvaluation.bulletin(number, null, BULLETIN_PAGE);
                        !page.isEmpty();
                        page = publicEvaluation.bulletin(number, after, BULLETIN_PAGE)) {
                    for (BulletinEntry entry : page) {
                        for (var team : entry.ratings().teams()) {
                            for (var rating : team.byCriterion().entrySet()) {
                                ResultLine line = teams.get(team.teamId());
                                CriterionChoice criterion = criteria.get(rating.getKey());
                                writer.write(Csv.row(
                                        entry.receipt(),
                                        team.teamId(),
                                        line == null ? null : line.name().en(),
                                        rating.getKey(),
                                        criterion == null
                                                ? null
                                                : criterion.label().en(),
                                        rating.getValue()));
                            }
                        }
                        after = entry.receipt();
                    }
                    writer.flush();
                }
                writer.flush();
            };
            return Response.ok(body, CSV)
                    .header("Content-Disposition", "attachment; filename=\"review-" + number + "-bulletin.csv\"")
                    .build();
        });
    }

    /** The answer built from a published round's results; 404 with a JSON message for an unknown round or one not yet published. */
    private Response withPublished(int number, Function<PublishedResults, Response> answer) {
        return withPublished(number, null, answer);
    }

    /** The same for one version of the result (null: the latest); a refusal reaches {@link RefusalMapper} (404). */
    private Response withPublished(int number, Integer version, Function<PublishedResults, Response> answer) {
        return answer.apply(version == null ? roundResults.results(number) : roundResults.results(number, version));
    }

    private static Response csv(String text, String fileName) {
        return Response.ok(text, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** Which votes scored the round's PUBLIC component, with the panel's and the open public's points if a panel scored. */
    private PublicScoringData publicScoring(PublishedResults results) {
        if (!publicScoring.panelScored(results.roundNumber())) {
            return new PublicScoringData("EVERYONE", null, null, null, null, null, null);
        }
        return publicScoring
                .comparison(results)
                .map(c -> new PublicScoringData(
                        "PANEL",
                        c.panelMembers(),
                        c.panelVoters(),
                        c.openVoters(),
                        c.lines().stream()
                                .map(l -> new PublicComparisonData(
                                        l.teamId(),
                                        l.name().ko(),
                                        l.name().en(),
                                        l.scoredPoints(),
                                        l.scoredRank(),
                                        l.openPoints(),
                                        l.openRank(),
                                        l.difference(),
                                        l.rankDifference()))
                                .toList(),
                        c.largestPointsDifference(),
                        c.largestRankDifference()))
                .orElse(new PublicScoringData("PANEL", null, null, null, null, null, null));
    }

    private static ResultsData data(PublishedResults results, PublicScoringData publicScoring) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        results.points().forEach((component, value) -> points.put(component.name(), value));
        Averages averages = results.averages();
        Map<String, BigDecimal> averageData = null;
        if (averages != null) {
            averageData = new LinkedHashMap<>();
            averageData.put("BENCHMARK", averages.benchmark());
            averageData.put("EXPERT", averages.expert());
            averageData.put("USER_PANEL", averages.userPanel());
            averageData.put("PUBLIC", averages.publicPoints());
            averageData.put("TOTAL", averages.total());
        }
        return new ResultsData(
                results.roundNumber(),
                results.publishedAt().toString(),
                results.objectionEndsAt().toString(),
                results.resultFinal(),
                points,
                results.lines().stream()
                        .map(l -> new TeamResultData(
                                l.teamId(),
                                l.name().ko(),
                                l.name().en(),
                                l.benchmark(),
                                l.expert(),
                                l.userPanel(),
                                l.publicPoints(),
                                l.total(),
                                l.rank(),
                                l.outcome().name(),
                                l.rationale(),
                                l.figuresWithheld(),
                                l.benchmarks().stream().map(BenchmarkData::of).toList()))
                        .toList(),
                averageData,
                DisclosureData.of(results),
                results.version(),
                results.correctionOpen(),
                results.versions().stream()
                        .map(v -> new VersionData(
                                v.version(),
                                v.publishedAt().toString(),
                                v.reason(),
                                v.correctedObjectionIds(),
                                v.changes().stream()
                                        .map(c -> new ChangeData(
                                                c.teamId(),
                                                c.teamName().ko(),
                                                c.teamName().en(),
                                                c.figure().name(),
                                                c.before(),
                                                c.after()))
                                        .toList(),
                                v.inputsDigest(),
                                v.auditHeadSequence(),
                                v.auditHeadHash()))
                        .toList(),
                results.objectionPeriodEndedEarly(),
                results.waivers().stream()
                        .map(w -> new WaiverData(
                                w.teamId(),
                                w.teamName().ko(),
                                w.teamName().en(),
                                w.waivedBy(),
                                w.waivedAt().toString(),
                                w.form().name()))
                        .toList(),
                publicScoring);
    }

    private static RoundData data(RoundView round) {
        return new RoundData(
                round.number(),
                round.status().name(),
                round.held(),
                round.missed(),
                new Window(round.window().opensAt(), round.window().closesAt()),
                round.plannedEliminations(),
                round.postponements().stream()
                        .map(p -> new PostponementData(
                                p.kind().name(),
                                new Window(
                                        p.oldWindow().opensAt(), p.oldWindow().closesAt()),
                                new Window(
                                        p.newWindow().opensAt(), p.newWindow().closesAt()),
                                p.reason().ko(),
                                p.reason().en(),
                                p.decidedBy().ko(),
                                p.decidedAt().toString()))
                        .toList(),
                text(round.publishedAt()),
                text(round.objectionEndsAt()),
                text(round.openedAt()),
                text(round.closedAt()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
