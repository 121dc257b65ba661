package kr.go.msit.sovereignai.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelDrawTest {

    private static final FeatureSpace SPACE = SortitionFixtures.twoByTwoByTwo();
    private static final Quotas QUOTAS = new Quotas(SPACE, 6, new int[][] {{3, 3}, {3, 3}, {3, 3}});
    private static final int[] COUNTS = {2, 5, 1, 3, 6, 2, 4, 1};
    private static final TypePool POOL = new TypePool(SPACE, COUNTS);
    private static final List<PoolEntry> ENTRIES = SortitionFixtures.volunteers(COUNTS, "panel");

    private static LotteryTable table() {
        return LotteryTable.round(QUOTAS, POOL, Leximin.compute(QUOTAS, POOL), LotteryTable.PLATFORM_TICKETS);
    }

    private static byte[] seed(int i) {
        return SortitionFixtures.sha256("seed " + i);
    }

    @Test
    void everyDrawnPanelMeetsEveryQuotaExactly() {
        LotteryTable table = table();
        for (int i = 0; i < 300; i++) {
            DrawnPanel panel = PanelDraw.draw(table, seed(i), ENTRIES);
            int[] counts = new int[SPACE.typeCount()];
            panel.members().forEach(member -> counts[member.type()]++);
            assertNull(Compositions.problem(QUOTAS, POOL, counts));
            assertArrayEquals(table.rows().get(panel.row()).counts(), counts);
            assertEquals(
                    ENTRIES.size(), panel.members().size() + panel.reserves().size());
        }
    }

    @Test
    void theSameSeedGivesTheSamePanelByteForByteAndAnotherSeedAnother() {
        LotteryTable table = table();
        String first = PanelDraw.draw(table, seed(1), ENTRIES).toCsv(SPACE);
        assertEquals(first, PanelDraw.draw(table, seed(1), reversed(ENTRIES)).toCsv(SPACE));
        assertEquals(first, PanelDraw.draw(table(), seed(1), ENTRIES).toCsv(SPACE));
        assertNotEquals(first, PanelDraw.draw(table, seed(2), ENTRIES).toCsv(SPACE));
    }

    private static List<PoolEntry> reversed(List<PoolEntry> entries) {
        List<PoolEntry> copy = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void overManySeedsEachTypesMemberFrequencyMatchesItsProbability() {
        LotteryTable table = table();
        double[] probabilities = table.typeProbabilities();
        int draws = 4_000;
        long[] seated = new long[SPACE.typeCount()];
        for (int i = 0; i < draws; i++) {
            for (PoolEntry member : PanelDraw.draw(table, seed(i), ENTRIES).members()) {
                seated[member.type()]++;
            }
        }
        for (int t = 0; t < SPACE.typeCount(); t++) {
            double p = probabilities[t];
            double frequency = seated[t] / ((double) draws * COUNTS[t]);
            // the type's member share per draw has variance at most p(1-p); 5 standard deviations
            double bound = 5 * Math.sqrt(p * (1 - p) / draws) + 1e-9;
            assertEquals(p, frequency, bound, SPACE.typeLabel(t));
        }
    }

    @Test
    void theTablesProbabilitiesStayWithinTheBoundAndSumToThePanelSize() {
        FairDistribution distribution = Leximin.compute(QUOTAS, POOL);
        for (long tickets : new long[] {7, 1_000, 1_000_000}) {
            LotteryTable table = LotteryTable.round(QUOTAS, POOL, distribution, tickets);
            assertEquals(tickets, java.util.Arrays.stream(table.tickets()).sum());
            assertTrue(table.maximumDeviation(distribution) <= table.deviationBound() + 1e-12);
            double seats = 0;
            for (int t = 0; t < COUNTS.length; t++) {
                seats += table.typeProbabilities()[t] * COUNTS[t];
            }
            assertEquals(QUOTAS.panelSize(), seats, 1e-9);
        }
        assertTrue(LotteryTable.round(QUOTAS, POOL, distribution, 1_000_000).maximumDeviation(distribution) < 1e-4);
    }

    @Test
    void theUniformIntegerFollowsThePublishedRule() {
        byte[] seed = seed(9);
        // n = 10: block 0 accepted unless v >= floor(2^64/10)*10
        long v = Hashing.firstLong(Hashing.sha256(seed, Hashing.utf8("draw"), new byte[8]), 0);
        long expected = Long.remainderUnsigned(v, 10);
        assertEquals(expected, new DeterministicStream(seed, "draw").below(10));
        // a power of two accepts every block
        assertEquals(v & 0xff, new DeterministicStream(seed, "draw").below(256));
        assertEquals(0, new DeterministicStream(seed, "draw").below(1));
    }

    @Test
    void theCommitmentAndSeedHaveThePublishedLayout() {
        String commitment = DrawCommitment.of("p\n", "q\n", "t\n", "lotto645:1203");
        String text = "sovereign-ai-review/sortition/v1\npool " + PoolFile.digest("p\n") + "\nquotas "
                + PoolFile.digest("q\n") + "\ntable " + PoolFile.digest("t\n") + "\nseed-source lotto645:1203\n";
        assertEquals(PoolFile.digest(text), commitment);
        assertEquals(64, commitment.length());
        LottoNumbers numbers = LottoNumbers.parse("3 11 19 27 38 42 7");
        assertArrayEquals(
                SortitionFixtures.sha256(commitment + "\n03-11-19-27-38-42+07"),
                DrawCommitment.seed(commitment, numbers));
        assertNotEquals(commitment, DrawCommitment.of("p\n", "q\n", "t\n", "lotto645:1204"));
        assertThrows(IllegalArgumentException.class, () -> DrawCommitment.of("p\n", "q\n", "t\n", "lotto 1203\n"));
        assertThrows(IllegalArgumentException.class, () -> DrawCommitment.seed("ABC", numbers));
    }

    @Test
    void thePublishedRerunProgramPrintsTheSameDrawByteForByte(@TempDir Path directory) throws Exception {
        LotteryTable table = table();
        String poolCsv = PoolFile.csv(SPACE, ENTRIES);
        String quotasCsv = QUOTAS.toCsv();
        String tableCsv = table.toCsv();
        Files.writeString(directory.resolve("quotas.csv"), quotasCsv, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("pool.csv"), poolCsv, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("table.csv"), tableCsv, StandardCharsets.UTF_8);
        String source = "lotto645:1203";
        LottoNumbers numbers = LottoNumbers.parse("03-11-19-27-38-42+07");
        String commitment = DrawCommitment.of(poolCsv, quotasCsv, tableCsv, source);
        DrawnPanel panel = PanelDraw.draw(table, DrawCommitment.seed(commitment, numbers), ENTRIES);

        Path program = Path.of("docs/panel/RerunPanelDraw.java").toAbsolutePath();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        program.toString(),
                        "quotas.csv",
                        "pool.csv",
                        "table.csv",
                        source,
                        "3, 11, 19, 27, 38, 42 + 7")
                .directory(directory.toFile())
                .redirectError(directory.resolve("stderr.txt").toFile())
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        int exit = process.waitFor();
        String stderr = Files.readString(directory.resolve("stderr.txt"));
        assertEquals(0, exit, stderr);
        assertArrayEquals(panel.toCsv(SPACE).getBytes(StandardCharsets.UTF_8), out.toByteArray(), stderr);
        assertTrue(stderr.contains("commitment  " + commitment), stderr);
        assertTrue(stderr.contains("ticket " + panel.ticket() + " of 1000000, row " + panel.row()), stderr);

        // a table row that breaks a quota is refused
        String[] lines = tableCsv.split("\n");
        String[] cells = lines[1].split(",");
        int column = cells.length - 1;
        cells[column] = Integer.toString(Integer.parseInt(cells[column]) == 0 ? 1 : 0);
        lines[1] = String.join(",", cells);
        Files.writeString(directory.resolve("table.csv"), String.join("\n", lines) + "\n");
        Process refused = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        program.toString(),
                        "quotas.csv",
                        "pool.csv",
                        "table.csv",
                        source,
                        "03-11-19-27-38-42+07")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, refused.waitFor());
        assertTrue(output.contains("check failed"), output);
    }

    @Test
    void drawCsvHasTheCanonicalForm() {
        FeatureSpace two = SortitionFixtures.twoByTwo();
        DrawnPanel panel = new DrawnPanel(
                5,
                0,
                List.of(new PoolEntry("00000000000000aa", 0), new PoolEntry("00000000000000bb", 3)),
                List.of(new PoolEntry("00000000000000cc", 0), new PoolEntry("00000000000000dd", 0)));
        assertEquals(
                "pseudonym,type,seat,rank\n"
                        + "00000000000000aa,F|Y,MEMBER,1\n"
                        + "00000000000000cc,F|Y,RESERVE,1\n"
                        + "00000000000000dd,F|Y,RESERVE,2\n"
                        + "00000000000000bb,M|O,MEMBER,1\n",
                panel.toCsv(two));
        assertFalse(panel.ranks().isEmpty());
        assertEquals(2, panel.ranks().get("00000000000000dd"));
        assertEquals(HexFormat.of().formatHex(SortitionFixtures.sha256("")), PoolFile.digest(""));
    }
}
