package kr.go.msit.sovereignai.domain.arena;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a round's prompt set from an uploaded file: UTF-8 JSONL (one object per line with
 * {@code id}, {@code category}, {@code ko}, optional {@code en}) or CSV (header
 * {@code id,category,ko,en}); at most 2,000 prompts of at most 8 KB each, ids unique. The
 * commitment is the SHA-256 (hex) of the set's canonical form (JSONL in id order, fixed key
 * order, minimal escaping, one LF after each line), so a JSONL and a CSV of the same prompts
 * commit to the same digest.
 *
 * <p>The rules, each broken one a {@link ArenaFileRefused.Problem} naming its line (at most
 * {@link ArenaFileRefused#MAX_PROBLEMS} are named, then reading stops):
 * <ul>
 * <li>The file is at most {@link #MAX_FILE_BYTES} bytes, checked before anything is read
 *     ({@code arena.file.tooLarge}, line 0); strict UTF-8, a malformed byte is not replaced but
 *     refuses the file ({@code arena.file.encoding}); one leading byte order mark is dropped.</li>
 * <li>JSONL: every non-blank line one JSON object ({@code arena.file.json}), no key twice
 *     ({@code arena.file.keyDuplicate}), no other key ({@code arena.file.keyUnknown}), values
 *     strings or null ({@code arena.file.notString}). CSV: the first record exactly
 *     {@code id,category,ko,en} ({@code arena.file.csv.header}), then four fields a record
 *     ({@code arena.file.csv.columns}), quotes as RFC 4180 has them ({@code arena.file.csv.quote},
 *     {@code arena.file.csv.unclosed}). Blank lines are skipped in both.</li>
 * <li>{@code id}: given ({@code arena.prompt.idRequired}), at most 64 characters
 *     ({@code arena.prompt.idTooLong}), only {@code [A-Za-z0-9._-]} ({@code arena.prompt.idInvalid}),
 *     not used before ({@code arena.prompt.idDuplicate}, naming the first line).</li>
 * <li>{@code category}: given ({@code arena.prompt.categoryRequired}), at most 64 characters
 *     ({@code arena.prompt.categoryTooLong}), one line without control characters
 *     ({@code arena.prompt.categoryControl}).</li>
 * <li>{@code ko} not blank ({@code arena.prompt.koRequired}); {@code ko} and {@code en} together at
 *     most {@link #MAX_PROMPT_BYTES} bytes of UTF-8 ({@code arena.prompt.tooLong}); no control
 *     character but LF and tab ({@code arena.file.controlChar}), no unpaired surrogate
 *     ({@code arena.file.surrogate}).</li>
 * <li>At least one prompt ({@code arena.file.empty}, line 0), at most {@link #MAX_PROMPTS}
 *     ({@code arena.prompt.tooMany}, on the first line beyond).</li>
 * </ul>
 * The id and category lose their leading and trailing white space; the texts are kept exactly as
 * given, except that a blank {@code en} (absent, null, empty or white space) is no English text
 * and, in CSV, a line break inside a quoted field is LF.
 */
public final class PromptSetFile {

    public static final int MAX_PROMPTS = 2000;
    public static final int MAX_PROMPT_BYTES = 8 * 1024;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_CATEGORY_LENGTH = 64;
    /**
     * The largest file read at all: every prompt at its limit written with every character
     * escaped to twice its bytes (a Hangul syllable as <code>&#92;uXXXX</code>), plus 1 KB a line for the
     * id, category and keys. 34,816,000 bytes.
     */
    public static final int MAX_FILE_BYTES = MAX_PROMPTS * (2 * MAX_PROMPT_BYTES + 1024);
    /** The CSV header, exactly. */
    public static final String CSV_HEADER = "id,category,ko,en";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Set<String> KEYS = Set.of("id", "category", "ko", "en");

    /** The parsed set, in file order, with its canonical form and digest. */
    public record Parsed(List<ArenaPrompt> prompts, String canonical, String sha256) {}

    private PromptSetFile() {}

    /** Parses {@code content}; {@code fileName} tells JSONL from CSV (".csv" is CSV, anything else JSONL). Throws {@link ArenaFileRefused}. */
    public static Parsed parse(byte[] content, String fileName) {
        ArenaFileText.requireAtMost(content, MAX_FILE_BYTES);
        String text = ArenaFileText.decodeUtf8(content);
        ArenaFileText.Problems problems = new ArenaFileText.Problems();
        boolean csv =
                fileName != null && fileName.strip().toLowerCase(Locale.ROOT).endsWith(".csv");
        List<Row> rows = csv ? csvRows(text, problems) : jsonlRows(text, problems);

        List<ArenaPrompt> prompts = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int count = 0;
        for (Row row : rows) {
            if (problems.overflowing()) {
                break;
            }
            count++;
            if (count > MAX_PROMPTS) {
                problems.add(row.line(), "arena.prompt.tooMany", MAX_PROMPTS);
                break;
            }
            if (row.valid()) {
                ArenaPrompt prompt = validate(row, firstLine, problems);
                if (prompt != null) {
                    prompts.add(prompt);
                }
            }
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add(0, "arena.file.empty");
        }
        problems.throwIfAny();

        ArenaFileText.Canonical canonical = canonicalForm(prompts);
        return new Parsed(List.copyOf(prompts), canonical.text(), canonical.sha256());
    }

    private static ArenaFileText.Canonical canonicalForm(List<ArenaPrompt> prompts) {
        List<ArenaPrompt> byId = new ArrayList<>(prompts);
        byId.sort(Comparator.comparing(ArenaPrompt::id));
        ArenaFileText.Canonical canonical = new ArenaFileText.Canonical();
        for (ArenaPrompt prompt : byId) {
            canonical
                    .member("id", prompt.id())
                    .member("category", prompt.category())
                    .member("ko", prompt.textKo());
            if (prompt.textEn() != null) {
                canonical.member("en", prompt.textEn());
            }
            canonical.endLine();
        }
        return canonical;
    }

    /** One prompt as the file gives it; {@code valid} false when its line already has a problem (it still counts). */
    private record Row(int line, boolean valid, String id, String category, String ko, String en) {}

    private static List<Row> jsonlRows(String text, ArenaFileText.Problems problems) {
        List<Row> rows = new ArrayList<>();
        for (ArenaFileText.Line line : ArenaFileText.nonBlankLines(text)) {
            if (problems.overflowing()) {
                break;
            }
            ArenaFileText.JsonLine object = ArenaFileText.readObject(line, KEYS, problems);
            if (object == null || !object.keysOk()) {
                rows.add(new Row(line.number(), false, null, null, null, null));
                continue;
            }
            Map<String, Object> values = object.values();
            int n = line.number();
            String id = ArenaFileText.string(values, "id", n, problems);
            String category = ArenaFileText.string(values, "category", n, problems);
            String ko = ArenaFileText.string(values, "ko", n, problems);
            String en = ArenaFileText.string(values, "en", n, problems);
            boolean typed = values.values().stream().noneMatch(v -> v == ArenaFileText.NOT_A_STRING);
            rows.add(new Row(n, typed, id, category, ko, en));
        }
        return rows;
    }

    private static List<Row> csvRows(String text, ArenaFileText.Problems problems) {
        List<CsvRecords.Record> records = CsvRecords.read(text, problems);
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        CsvRecords.Record header = records.get(0);
        if (!String.join(",", header.fields()).equals(CSV_HEADER)
                || header.fields().size() != 4) {
            problems.add(header.line(), "arena.file.csv.header", CSV_HEADER);
            return rows;
        }
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != 4) {
                problems.add(
                        record.line(), "arena.file.csv.columns", record.fields().size(), 4, CSV_HEADER);
                rows.add(new Row(record.line(), false, null, null, null, null));
            } else {
                List<String> f = record.fields();
                rows.add(new Row(record.line(), true, f.get(0), f.get(1), f.get(2), f.get(3)));
            }
        }
        return rows;
    }

    private static ArenaPrompt validate(Row row, Map<String, Integer> firstLine, ArenaFileText.Problems problems) {
        int line = row.line();
        boolean ok = true;

        String id = row.id() == null ? "" : row.id().strip();
        if (id.isEmpty()) {
            problems.add(line, "arena.prompt.idRequired");
            ok = false;
        } else if (id.codePointCount(0, id.length()) > MAX_ID_LENGTH) {
            problems.add(line, "arena.prompt.idTooLong", MAX_ID_LENGTH);
            ok = false;
        } else if (!ID.matcher(id).matches()) {
            problems.add(line, "arena.prompt.idInvalid", id);
            ok = false;
        } else {
            Integer first = firstLine.putIfAbsent(id, line);
            if (first != null) {
                problems.add(line, "arena.prompt.idDuplicate", id, first);
                ok = false;
            }
        }

        String category = row.category() == null ? "" : row.category().strip();
        if (category.isEmpty()) {
            problems.add(line, "arena.prompt.categoryRequired");
            ok = false;
        } else if (category.codePointCount(0, category.length()) > MAX_CATEGORY_LENGTH) {
            problems.add(line, "arena.prompt.categoryTooLong", MAX_CATEGORY_LENGTH);
            ok = false;
        } else if (category.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            problems.add(line, "arena.prompt.categoryControl");
            ok = false;
        }

        String ko = row.ko();
        String en = row.en() == null || row.en().isBlank() ? null : row.en();
        if (ko == null || ko.isBlank()) {
            problems.add(line, "arena.prompt.koRequired");
            ok = false;
        } else {
            int bytes = ArenaFileText.utf8Length(ko) + ArenaFileText.utf8Length(en);
            if (bytes > MAX_PROMPT_BYTES) {
                problems.add(line, "arena.prompt.tooLong", bytes, MAX_PROMPT_BYTES);
                ok = false;
            }
            ok &= ArenaFileText.cleanText(ko, "ko", line, problems);
        }
        if (en != null) {
            ok &= ArenaFileText.cleanText(en, "en", line, problems);
        }
        return ok ? new ArenaPrompt(id, category, ko, en) : null;
    }

    /** The canonical form of {@code prompts} (whose SHA-256 is the commitment). */
    public static String canonical(List<ArenaPrompt> prompts) {
        return canonicalForm(prompts).text();
    }
}
