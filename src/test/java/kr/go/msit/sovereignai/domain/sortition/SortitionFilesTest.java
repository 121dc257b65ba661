package kr.go.msit.sovereignai.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortitionFilesTest {

    private static final FeatureSpace TWO = SortitionFixtures.twoByTwo();

    @Test
    void quotasCsvIsCanonicalAndRoundTrips() {
        Quotas quotas = new Quotas(TWO, 4, new int[][] {{2, 2}, {3, 1}});
        String csv = quotas.toCsv();
        assertEquals("feature,value,quota\nsex,F,2\nsex,M,2\nage,Y,3\nage,O,1\n", csv);
        Quotas back = Quotas.parseCsv(TWO, csv);
        assertEquals(4, back.panelSize());
        assertArrayEquals(quotas.perValue()[1], back.perValue()[1]);
        assertEquals(csv, Quotas.ministryPlan().toCsv().isEmpty() ? "" : csv);
        assertEquals(
                Quotas.ministryPlan().toCsv(),
                Quotas.parseCsv(FeatureSpace.ministry(), Quotas.ministryPlan().toCsv())
                        .toCsv());
        for (String bad : List.of(
                "feature,value,quota\nsex,F,2\nsex,M,2\nage,Y,3\nage,O,1", // no final LF
                "feature,value,quota\r\nsex,F,2\r\nsex,M,2\r\nage,Y,3\r\nage,O,1\r\n",
                "feature,value,quota\nsex,M,2\nsex,F,2\nage,Y,3\nage,O,1\n", // order
                "feature,value,quota\nsex,F,02\nsex,M,2\nage,Y,3\nage,O,1\n",
                "feature,value,quota\nsex,F,2\nsex,M,2\nage,Y,3\nage,O,2\n", // sums differ
                "feature,value,quota\nsex,F,2\nsex,M,2\nage,Y,3\n")) {
            assertThrows(IllegalArgumentException.class, () -> Quotas.parseCsv(TWO, bad), bad);
        }
    }

    @Test
    void poolCsvIsSortedCanonicalAndRoundTrips() {
        List<PoolEntry> entries = List.of(
                new PoolEntry("ff00000000000001", 3),
                new PoolEntry("0a00000000000002", 0),
                new PoolEntry("1b00000000000003", 1));
        String csv = PoolFile.csv(TWO, entries);
        assertEquals("pseudonym,sex,age\n0a00000000000002,F,Y\n1b00000000000003,F,O\nff00000000000001,M,O\n", csv);
        List<PoolEntry> back = PoolFile.parse(TWO, csv);
        assertEquals(List.of(entries.get(1), entries.get(2), entries.get(0)), back);
        assertEquals(csv, PoolFile.csv(TWO, back));
        assertEquals("pseudonym,sex,age\n", PoolFile.csv(TWO, List.of()));
        assertTrue(PoolFile.parse(TWO, "pseudonym,sex,age\n").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PoolFile.csv(TWO, List.of(entries.get(0), entries.get(0))));
        assertThrows(
                IllegalArgumentException.class, () -> PoolFile.csv(TWO, List.of(new PoolEntry("FF00000000000001", 0))));
        assertThrows(
                IllegalArgumentException.class,
                () -> PoolFile.parse(TWO, "pseudonym,sex,age\nff00000000000001,M,O\n0a00000000000002,F,Y\n"));
        assertThrows(
                IllegalArgumentException.class, () -> PoolFile.parse(TWO, "pseudonym,sex,age\n0a00000000000002,X,Y\n"));
        assertEquals("F|Y", TWO.typeLabel(0));
        assertEquals("M|O", TWO.typeLabel(3));
        assertEquals(3, TWO.typeOfLabel("M|O"));
        assertEquals(
                "F|CAPITAL|30-39|MID",
                FeatureSpace.ministry().typeLabel(FeatureSpace.ministry().typeOf(0, 0, 1, 1)));
    }

    @Test
    void tableCsvRoundTripsAndRefusesARowBreakingTheQuotas() {
        Quotas quotas = new Quotas(TWO, 2, new int[][] {{1, 1}, {1, 1}});
        TypePool pool = new TypePool(TWO, new int[] {1, 1, 1, 1});
        LotteryTable table = new LotteryTable(
                quotas,
                pool,
                List.of(new Composition(new int[] {1, 0, 0, 1}), new Composition(new int[] {0, 1, 1, 0})),
                new long[] {3, 4},
                7);
        String csv = table.toCsv();
        assertEquals("row,tickets,F|Y,F|O,M|Y,M|O\n0,3,1,0,0,1\n1,4,0,1,1,0\n", csv);
        assertEquals(csv, LotteryTable.parseCsv(quotas, pool, csv).toCsv());
        assertEquals(0, table.rowOf(2));
        assertEquals(1, table.rowOf(3));
        assertArrayEquals(new double[] {3 / 7.0, 4 / 7.0, 4 / 7.0, 3 / 7.0}, table.typeProbabilities(), 1e-15);
        assertThrows(
                IllegalArgumentException.class,
                () -> LotteryTable.parseCsv(quotas, pool, "row,tickets,F|Y,F|O,M|Y,M|O\n0,3,1,1,0,0\n"));
        assertThrows(
                IllegalArgumentException.class,
                () -> LotteryTable.parseCsv(quotas, new TypePool(TWO, new int[] {0, 1, 1, 1}), csv));
    }

    @Test
    void lottoNumbersAcceptTheDocumentedFormsOnly() {
        for (String good : List.of(
                "03-11-19-27-38-42+07",
                "3 11 19 27 38 42 7",
                "3,11,19,27,38,42+7",
                " 03, 11, 19, 27, 38, 42 + 07 ",
                "3-11-19-27-38-42 7")) {
            assertEquals("03-11-19-27-38-42+07", LottoNumbers.parse(good).canonical(), good);
        }
        for (String bad : List.of(
                "",
                "03-11-19-27-38-42",
                "03-11-19-27-38-42+07+08",
                "03-11-19-27-38-46+07",
                "00-11-19-27-38-42+07",
                "03-11-19-27-38-42+42",
                "03-11-11-27-38-42+07",
                "11-03-19-27-38-42+07",
                "03-11-19-27-38-42-07",
                "03,11,19,27,38,42,07",
                "03+11-19-27-38-42+07",
                "003-11-19-27-38-42+07",
                "03--11-19-27-38-42+07",
                "03-11-19-27-38-42+",
                "03/11/19/27/38/42+07",
                "a3-11-19-27-38-42+07",
                "03-11-19-27-38-42+07 08")) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> LottoNumbers.parse(bad), bad);
            assertFalse(refused.getMessage().isBlank());
        }
        assertEquals(LottoNumbers.parse("3 11 19 27 38 42 7"), LottoNumbers.parse("03-11-19-27-38-42+07"));
    }

    @Test
    void feasibilityReportsTheConflictingQuotasAndWhatIsReachable() {
        Quotas quotas = new Quotas(TWO, 4, new int[][] {{2, 2}, {2, 2}});
        // one young woman and no old woman: at most one woman
        Feasibility infeasible = Feasibility.check(quotas, new TypePool(TWO, new int[] {1, 0, 10, 10}));
        assertFalse(infeasible.feasible());
        assertEquals(List.of(new QuotaConflict(0, 0, 2, 1), new QuotaConflict(0, 1, 2, 3)), infeasible.conflicts());
        assertEquals(List.of("sex=F: quota 2, 1 reachable", "sex=M: quota 2, 3 reachable"), infeasible.describe(TWO));

        Feasibility feasible = Feasibility.check(quotas, new TypePool(TWO, new int[] {1, 1, 10, 10}));
        assertTrue(feasible.feasible());
        assertTrue(feasible.conflicts().isEmpty());

        Feasibility tooSmall = Feasibility.check(quotas, new TypePool(TWO, new int[] {1, 1, 1, 0}));
        assertFalse(tooSmall.feasible());
        assertFalse(tooSmall.conflicts().isEmpty());

        Feasibility empty = Feasibility.check(quotas, new TypePool(TWO, new int[4]));
        assertFalse(empty.feasible());
        assertEquals(4, empty.conflicts().size());
        assertEquals(0, empty.conflicts().get(0).reachable());
        assertEquals(2, empty.conflicts().get(0).shortfall());
    }
}
