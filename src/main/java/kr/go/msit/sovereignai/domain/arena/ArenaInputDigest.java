package kr.go.msit.sovereignai.domain.arena;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of an arena analysis's inputs (teams, plan, component points and every vote in a canonical
 * order, citizen by citizen), published with the leaderboard so anyone can check what was analysed.
 */
final class ArenaInputDigest {

    private ArenaInputDigest() {}

    static String of(ArenaVotes votes, CitizenPairs citizens, ArenaAnalysisPlan plan, BigDecimal componentPoints) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
        List<String> teams = votes.teams();
        int m = teams.size();
        StringBuilder header = new StringBuilder("sovereignai-arena-input-v1\nteams=");
        header.append(String.join(",", teams)).append('\n');
        header.append("seed=").append(plan.seed()).append('\n');
        header.append("replicates=").append(plan.replicates()).append('\n');
        header.append("componentPoints=")
                .append(componentPoints.stripTrailingZeros().toPlainString())
                .append('\n');
        header.append("votes=").append(votes.size()).append('\n');
        sha.update(header.toString().getBytes(StandardCharsets.UTF_8));

        byte[][] teamBytes = new byte[m][];
        for (int i = 0; i < m; i++) {
            teamBytes[i] = teams.get(i).getBytes(StandardCharsets.UTF_8);
        }
        ArenaOutcome[] outcomes = ArenaOutcome.values();
        byte[][] outcomeBytes = new byte[outcomes.length][];
        for (int o = 0; o < outcomes.length; o++) {
            outcomeBytes[o] = outcomes[o].name().getBytes(StandardCharsets.US_ASCII);
        }
        ByteSink sink = new ByteSink(sha);
        int largestBlock = 0;
        for (int c = 0; c < citizens.citizens(); c++) {
            largestBlock = Math.max(largestBlock, citizens.voteStart[c + 1] - citizens.voteStart[c]);
        }
        long[] block = new long[largestBlock];
        for (int c = 0; c < citizens.citizens(); c++) {
            byte[] citizenBytes = Long.toString(citizens.keys[c]).getBytes(StandardCharsets.US_ASCII);
            int from = citizens.voteStart[c];
            int count = citizens.voteStart[c + 1] - from;
            for (int k = 0; k < count; k++) {
                int v = citizens.votes[from + k];
                block[k] = ((long) votes.teamAIndex(v) * m + votes.teamBIndex(v)) * 4 + votes.outcomeOrdinal(v);
            }
            Arrays.sort(block, 0, count);
            for (int k = 0; k < count; k++) {
                long key = block[k];
                int outcome = (int) (key % 4);
                long teamsKey = key / 4;
                int a = (int) (teamsKey / m);
                int b = (int) (teamsKey % m);
                sink.write(citizenBytes);
                sink.write((byte) ',');
                sink.write(teamBytes[a]);
                sink.write((byte) ',');
                sink.write(teamBytes[b]);
                sink.write((byte) ',');
                sink.write(outcomeBytes[outcome]);
                sink.write((byte) '\n');
            }
        }
        sink.flush();
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Buffers bytes into a digest. */
    private static final class ByteSink {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        ByteSink(MessageDigest digest) {
            this.digest = digest;
        }

        void write(byte b) {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = b;
        }

        void write(byte[] bytes) {
            if (bytes.length > buffer.length - used) {
                flush();
                if (bytes.length > buffer.length) {
                    digest.update(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        void flush() {
            digest.update(buffer, 0, used);
            used = 0;
        }
    }
}
