package kr.go.msit.sovereignai.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysis;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;
import kr.go.msit.sovereignai.domain.arena.ArenaOutcome;
import kr.go.msit.sovereignai.domain.arena.ArenaStanding;
import kr.go.msit.sovereignai.domain.arena.ArenaVotes;

/**
 * Times the arena analysis at national scale: 1,000,000 votes from 50,000 citizens (20 each) among
 * 5 teams of known strengths (seeded; 10 % ties, 5 % both bad), analysed with 1,000 citizen-bootstrap
 * replicates: one warm-up run, then 3 timed runs. Prints the seconds of each run, votes per second,
 * the heap the votes take, and the peak heap used (the JVM's heap pools' peak usage, and the used
 * heap after a GC), so running it under {@code -Xmx512m} shows that it fits.
 *
 * <p>Run from the project directory:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.ArenaTallyBenchmark}
 * (Maven's own JVM and heap; set {@code MAVEN_OPTS=-Xmx512m} to limit it), or after {@code mvn -q test-compile}:
 * {@code java -Xmx512m -cp target/classes:target/test-classes kr.go.msit.sovereignai.benchmark.ArenaTallyBenchmark}.
 * Optional arguments: votes, citizens, replicates (defaults 1000000 50000 1000).
 */
public final class ArenaTallyBenchmark {

    private ArenaTallyBenchmark() {}

    public static void main(String[] args) {
        int votes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int citizens = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int replicates = args.length > 2 ? Integer.parseInt(args[2]) : ArenaAnalysisPlan.DEFAULT_REPLICATES;
        List<String> teams = List.of("LG", "SKT", "UPSTAGE", "NC", "NAVER");
        double[] strength = {0.35, 0.2, 0.05, -0.15, -0.45};

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        ArenaVotes arenaVotes = generate(teams, strength, votes, citizens, 20260115L);
        System.gc();
        long withVotes = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                Locale.ROOT,
                "%,d votes from %,d citizens among %d teams, %,d replicates; max heap %d MB, %d processors%n",
                arenaVotes.size(),
                citizens,
                teams.size(),
                replicates,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "votes take about %.1f MB of heap%n", (withVotes - baseline) / 1048576.0);

        ArenaAnalysisPlan plan = new ArenaAnalysisPlan(42L, replicates);
        BigDecimal points = new BigDecimal("25");
        long start = System.nanoTime();
        ArenaLeaderboard warmUp = ArenaAnalysis.analyse(arenaVotes, plan, points);
        System.out.printf(Locale.ROOT, "warm-up: %.3f s%n", (System.nanoTime() - start) / 1e9);
        resetPeaks();
        String json = null;
        double best = Double.MAX_VALUE;
        for (int run = 1; run <= 3; run++) {
            start = System.nanoTime();
            ArenaLeaderboard board = ArenaAnalysis.analyse(arenaVotes, plan, points);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf(
                    Locale.ROOT, "run %d: %.3f s, %,.0f votes/s%n", run, seconds, arenaVotes.size() / seconds);
            String current = board.toJson();
            if (json != null && !json.equals(current)) {
                throw new IllegalStateException("the runs disagree");
            }
            json = current;
        }
        if (!json.equals(warmUp.toJson())) {
            throw new IllegalStateException("the warm-up disagrees");
        }
        long peak = peakHeap();
        System.gc();
        long afterGc = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                Locale.ROOT,
                "best %.3f s (%,.0f votes/s); peak heap used during the timed runs %.1f MB; after GC %.1f MB%n",
                best,
                arenaVotes.size() / best,
                peak / 1048576.0,
                afterGc / 1048576.0);
        System.out.println("identical JSON in all runs; input digest " + warmUp.inputDigest());
        for (ArenaStanding s : warmUp.standings()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-8s θ=%+.4f [%+.4f, %+.4f] rank %d–%d points %s [%s, %s]%n",
                    s.team(),
                    s.score(),
                    s.lower(),
                    s.upper(),
                    s.bestRank(),
                    s.worstRank(),
                    s.points(),
                    s.pointsLower(),
                    s.pointsUpper());
        }
    }

    /** Votes in blocks by citizen (each casts votes/citizens of them, pairs in turn), sides and outcomes drawn. */
    static ArenaVotes generate(List<String> teams, double[] strength, int votes, int citizens, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int m = teams.size();
        int[][] pairs = new int[m * (m - 1) / 2][];
        int p = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                pairs[p++] = new int[] {i, j};
            }
        }
        ArenaVotes.Builder builder = ArenaVotes.among(teams);
        for (int v = 0; v < votes; v++) {
            long citizen = 10_000_000L + ((long) v * citizens / votes) * 104_729L;
            int[] pair = pairs[v % pairs.length];
            boolean flip = random.nextBoolean();
            int a = flip ? pair[1] : pair[0];
            int b = flip ? pair[0] : pair[1];
            double u = random.nextDouble();
            ArenaOutcome outcome;
            if (u < 0.10) {
                outcome = ArenaOutcome.TIE;
            } else if (u < 0.15) {
                outcome = ArenaOutcome.BOTH_BAD;
            } else {
                outcome = random.nextDouble() < 1 / (1 + Math.exp(strength[b] - strength[a]))
                        ? ArenaOutcome.A_BETTER
                        : ArenaOutcome.B_BETTER;
            }
            builder.add(citizen, teams.get(a), teams.get(b), outcome);
        }
        return builder.build();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak usage since the last reset (an upper bound of the peak heap used). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
