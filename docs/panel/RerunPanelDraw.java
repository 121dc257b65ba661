// Re-runs a citizens' panel draw from the published files (docs/citizen-panel.md). JDK 17 or later only:
//   java RerunPanelDraw.java quotas.csv pool.csv table.csv lotto645:1203 03-11-19-27-38-42+07 > draw.csv
// Prints to stderr the pool digest, the commitment, each type's probability and the seed; checks every table row
// meets the quotas and takes no more of a type than the pool has; prints draw.csv to stdout, byte for byte as the
// platform publishes it. Needs no solver: the table is the lottery.

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class RerunPanelDraw {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java RerunPanelDraw.java quotas.csv pool.csv table.csv <seed source> <numbers>");
            System.exit(2);
        }
        String quotasCsv = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String poolCsv = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        String tableCsv = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        PrintStream err = System.err;

        // quotas.csv: feature,value,quota; features and their values in file order
        Map<String, List<String>> features = new LinkedHashMap<>();
        Map<String, Integer> quota = new LinkedHashMap<>();
        List<String> quotaLines = lines(quotasCsv);
        require(quotaLines.get(0).equals("feature,value,quota"), "quotas.csv header");
        for (String line : quotaLines.subList(1, quotaLines.size())) {
            String[] c = line.split(",", -1);
            require(c.length == 3, "quotas.csv line " + line);
            features.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[1]);
            quota.put(c[0] + "=" + c[1], Integer.parseInt(c[2]));
        }
        List<String> names = new ArrayList<>(features.keySet());
        int panelSize = 0;
        for (String value : features.get(names.get(0))) {
            panelSize += quota.get(names.get(0) + "=" + value);
        }

        // types: every combination of values, the first feature most significant; label = codes joined with |
        List<String> labels = new ArrayList<>();
        labels.add("");
        for (String name : names) {
            List<String> longer = new ArrayList<>();
            for (String prefix : labels) {
                for (String value : features.get(name)) {
                    longer.add(prefix.isEmpty() ? value : prefix + "|" + value);
                }
            }
            labels = longer;
        }
        Map<String, Integer> typeOf = new LinkedHashMap<>();
        for (int t = 0; t < labels.size(); t++) {
            typeOf.put(labels.get(t), t);
        }

        // pool.csv: pseudonym,<features>, sorted by pseudonym
        List<String> poolLines = lines(poolCsv);
        require(poolLines.get(0).equals("pseudonym," + String.join(",", names)), "pool.csv header");
        List<List<String>> byType = new ArrayList<>();
        for (int t = 0; t < labels.size(); t++) {
            byType.add(new ArrayList<>());
        }
        String previous = "";
        for (String line : poolLines.subList(1, poolLines.size())) {
            int comma = line.indexOf(',');
            String pseudonym = line.substring(0, comma);
            require(pseudonym.matches("[0-9a-f]{16}") && pseudonym.compareTo(previous) > 0, "pool.csv order " + line);
            previous = pseudonym;
            Integer type = typeOf.get(line.substring(comma + 1).replace(',', '|'));
            require(type != null, "pool.csv values " + line);
            byType.get(type).add(pseudonym);
        }
        int[] n = new int[labels.size()];
        for (int t = 0; t < n.length; t++) {
            n[t] = byType.get(t).size();
        }

        // table.csv: row,tickets,<type labels>; check every row
        List<String> tableLines = lines(tableCsv);
        require(tableLines.get(0).equals("row,tickets," + String.join(",", labels)), "table.csv header");
        List<int[]> rows = new ArrayList<>();
        List<Long> tickets = new ArrayList<>();
        long total = 0;
        for (int r = 1; r < tableLines.size(); r++) {
            String[] c = tableLines.get(r).split(",", -1);
            require(c.length == labels.size() + 2 && Long.parseLong(c[0]) == r - 1, "table.csv line " + (r + 1));
            long ticketCount = Long.parseLong(c[1]);
            require(ticketCount > 0, "table.csv row " + (r - 1) + " has no ticket");
            int[] counts = new int[labels.size()];
            Map<String, Integer> reached = new LinkedHashMap<>();
            int size = 0;
            for (int t = 0; t < counts.length; t++) {
                counts[t] = Integer.parseInt(c[t + 2]);
                require(counts[t] >= 0 && counts[t] <= n[t], "table.csv row " + (r - 1) + ": more " + labels.get(t)
                        + " than the pool has");
                size += counts[t];
                String[] codes = labels.get(t).split("\\|");
                for (int f = 0; f < names.size(); f++) {
                    reached.merge(names.get(f) + "=" + codes[f], counts[t], Integer::sum);
                }
            }
            require(size == panelSize, "table.csv row " + (r - 1) + ": " + size + " members");
            for (Map.Entry<String, Integer> q : quota.entrySet()) {
                require(reached.getOrDefault(q.getKey(), 0).equals(q.getValue()),
                        "table.csv row " + (r - 1) + " misses the quota " + q.getKey());
            }
            rows.add(counts);
            tickets.add(ticketCount);
            total += ticketCount;
        }
        err.println("every table row meets every quota; " + rows.size() + " rows, " + total + " tickets");
        for (int t = 0; t < labels.size(); t++) {
            long expected = 0;
            for (int r = 0; r < rows.size(); r++) {
                expected += tickets.get(r) * rows.get(r)[t];
            }
            double probability = n[t] == 0 ? 0 : expected / ((double) total * n[t]);
            err.printf(Locale.ROOT, "type %s: %d volunteers, probability %.6f%n", labels.get(t), n[t], probability);
        }

        // commitment and seed
        String version = "sovereign-ai-review/sortition/v1";
        String commitment = hex(sha256(bytes(version + "\n" + "pool " + hex(sha256(bytes(poolCsv))) + "\n"
                + "quotas " + hex(sha256(bytes(quotasCsv))) + "\n" + "table " + hex(sha256(bytes(tableCsv))) + "\n"
                + "seed-source " + args[3] + "\n")));
        err.println("pool digest " + hex(sha256(bytes(poolCsv))));
        err.println("commitment  " + commitment);
        String numbers = canonical(args[4]);
        byte[] seed = sha256(bytes(commitment + "\n" + numbers));
        err.println("numbers     " + numbers);
        err.println("seed        " + hex(seed));

        // the ticket: uniform below total by rejection over SHA-256(seed || "draw" || uint64_be(j))
        long ticket = -1;
        for (long j = 0; ticket < 0; j++) {
            long v = first8(sha256(seed, bytes("draw"), uint64(j)));
            long q = Long.divideUnsigned(-1L, total);
            if (Long.remainderUnsigned(-1L, total) == total - 1) {
                q++;
            }
            long limit = q * total; // 0 means 2^64
            if (limit == 0 || Long.compareUnsigned(v, limit) < 0) {
                ticket = Long.remainderUnsigned(v, total);
            }
        }
        int row = 0;
        for (long end = tickets.get(0); ticket >= end; end += tickets.get(++row)) {
            // find the row
        }
        err.println("ticket " + ticket + " of " + total + ", row " + row);

        // within each type: rank by SHA-256(seed || "rank" || label || pseudonym), unsigned bytes ascending
        StringBuilder out = new StringBuilder("pseudonym,type,seat,rank\n");
        for (int t = 0; t < labels.size(); t++) {
            String label = labels.get(t);
            List<String> ranked = new ArrayList<>(byType.get(t));
            Map<String, byte[]> key = new LinkedHashMap<>();
            for (String pseudonym : ranked) {
                key.put(pseudonym, sha256(seed, bytes("rank"), bytes(label), bytes(pseudonym)));
            }
            ranked.sort((a, b) -> {
                int c = Arrays.compareUnsigned(key.get(a), key.get(b));
                return c != 0 ? c : a.compareTo(b);
            });
            int members = rows.get(row)[t];
            for (int i = 0; i < ranked.size(); i++) {
                boolean member = i < members;
                out.append(ranked.get(i)).append(',').append(label).append(',')
                        .append(member ? "MEMBER" : "RESERVE").append(',')
                        .append(member ? i + 1 : i - members + 1).append('\n');
            }
        }
        System.out.write(bytes(out.toString()));
        System.out.flush();
    }

    /** 6/45 numbers in canonical form 03-11-19-27-38-42+07 (six ascending, then the bonus). */
    static String canonical(String text) {
        String[] parts = text.strip().split("[ ,+-]+");
        require(parts.length == 7, "six numbers and a bonus");
        int[] v = new int[7];
        for (int i = 0; i < 7; i++) {
            v[i] = Integer.parseInt(parts[i]);
            require(v[i] >= 1 && v[i] <= 45, "numbers from 1 to 45");
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            require(i == 0 || v[i] > v[i - 1], "six distinct numbers, ascending");
            require(v[i] != v[6], "a bonus distinct from the numbers");
            s.append(i == 0 ? "" : "-").append(String.format(Locale.ROOT, "%02d", v[i]));
        }
        return s.append('+').append(String.format(Locale.ROOT, "%02d", v[6])).toString();
    }

    static List<String> lines(String text) {
        require(text.endsWith("\n") && !text.contains("\r"), "LF line ends");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    static byte[] sha256(byte[]... parts) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] uint64(long value) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--, value >>>= 8) {
            b[i] = (byte) value;
        }
        return b;
    }

    static long first8(byte[] block) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (block[i] & 0xff);
        }
        return v;
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("check failed: " + what);
        }
    }
}
