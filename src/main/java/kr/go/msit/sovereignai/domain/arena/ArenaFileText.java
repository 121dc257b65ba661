package kr.go.msit.sovereignai.domain.arena;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What the prompt and answer files share: strict UTF-8, lines, one JSON object per line (read
 * with JSON-P's streaming parser so a repeated key is seen, which a {@code JsonObject} would
 * hide), the problems found so far, and the canonical form's JSON strings and digest.
 */
final class ArenaFileText {

    private ArenaFileText() {}

    /** The problems found so far; after {@link ArenaFileRefused#MAX_PROBLEMS} it only notes that there are more. */
    static final class Problems {

        private final List<ArenaFileRefused.Problem> found = new ArrayList<>();
        private boolean more;

        void add(int line, String messageKey, Object... arguments) {
            if (found.size() >= ArenaFileRefused.MAX_PROBLEMS) {
                more = true;
            } else {
                found.add(new ArenaFileRefused.Problem(line, messageKey, List.of(arguments)));
            }
        }

        /** True once a problem beyond the maximum was found: reading on would name nothing new. */
        boolean overflowing() {
            return more;
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ArenaFileRefused(found, more);
            }
        }
    }

    /** Refuses a file above {@code maxBytes} before anything of it is read. */
    static void requireAtMost(byte[] content, int maxBytes) {
        if (content.length > maxBytes) {
            throw new ArenaFileRefused(
                    List.of(new ArenaFileRefused.Problem(0, "arena.file.tooLarge", List.of(maxBytes, content.length))),
                    false);
        }
    }

    /**
     * Decodes strict UTF-8 (a malformed or truncated sequence refuses the file, naming its line;
     * nothing is replaced) and drops one leading byte order mark. The bytes are checked through a
     * small buffer first, so a large file is held once as bytes and once as text, not more.
     */
    static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ArenaFileRefused(
                    List.of(new ArenaFileRefused.Problem(line, "arena.file.encoding", List.of())), false);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One physical line of a JSONL file (LF or CRLF), 1-based. */
    record Line(int number, String text) {}

    /** The file's lines holding something other than white space, one at a time (a blank line is skipped, not refused). */
    static Iterable<Line> nonBlankLines(String text) {
        return () -> new Iterator<>() {
            private int number = 0;
            private int start = 0;
            private Line next = advance();

            private Line advance() {
                while (start <= text.length()) {
                    int end = text.indexOf('\n', start);
                    if (end < 0) {
                        end = text.length();
                    }
                    int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                    number++;
                    int from = start;
                    start = end + 1;
                    String line = text.substring(from, stop);
                    if (!line.isBlank()) {
                        return new Line(number, line);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Line current = next;
                next = advance();
                return current;
            }
        };
    }

    /** A value of a key in a line's object that is neither a string nor null (a number, an array...). */
    static final Object NOT_A_STRING = new Object();

    private static final class Factory {
        static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    }

    /** A line's flat object: its values (strings, null or {@link #NOT_A_STRING}) and whether its keys were all allowed and single. */
    record JsonLine(Map<String, Object> values, boolean keysOk) {}

    /**
     * Reads a line as one flat JSON object whose values are strings (or null, or {@link #NOT_A_STRING}),
     * in the line's key order. A line that is not one JSON object is a problem, and then it returns
     * null; a repeated key or a key not in {@code allowedKeys} is a problem too, and the line is
     * returned with {@code keysOk} false (the first value of a repeated key kept).
     */
    static JsonLine readObject(Line line, Set<String> allowedKeys, Problems problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean keysOk = true;
        try (JsonParser parser = Factory.PARSERS.createParser(new StringReader(line.text()))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                problems.add(line.number(), "arena.file.json");
                return null;
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                Object read = switch (value) {
                    case VALUE_STRING -> parser.getString();
                    case VALUE_NULL -> null;
                    case START_OBJECT -> {
                        parser.skipObject();
                        yield NOT_A_STRING;
                    }
                    case START_ARRAY -> {
                        parser.skipArray();
                        yield NOT_A_STRING;
                    }
                    default -> NOT_A_STRING;
                };
                if (values.containsKey(key)) {
                    problems.add(line.number(), "arena.file.keyDuplicate", key);
                    keysOk = false;
                } else if (!allowedKeys.contains(key)) {
                    problems.add(line.number(), "arena.file.keyUnknown", key);
                    keysOk = false;
                }
                values.putIfAbsent(key, read);
            }
            if (parser.hasNext()) {
                problems.add(line.number(), "arena.file.json");
                return null;
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            // JsonParsingException (malformed), or the line ends inside the object
            problems.add(line.number(), "arena.file.json");
            return null;
        }
        return new JsonLine(values, keysOk);
    }

    /** The string value of {@code key}, null when absent or null; a value of another type is a problem (and null). */
    static String string(Map<String, Object> values, String key, int line, Problems problems) {
        Object value = values.get(key);
        if (value == NOT_A_STRING) {
            problems.add(line, "arena.file.notString", key);
            return null;
        }
        return (String) value;
    }

    /**
     * Whether {@code text} (the value of {@code field}) is free of control characters other than
     * LF and tab and of unpaired surrogates; when not, names the first such character as a problem.
     */
    static boolean cleanText(String text, String field, int line, Problems problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(line, "arena.file.surrogate", field);
                return false;
            } else if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                problems.add(line, "arena.file.controlChar", field, String.format("U+%04X", (int) c));
                return false;
            }
        }
        return true;
    }

    static int utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * A canonical form being written line by line, its SHA-256 taken as it grows (so the text is
     * not encoded again as a whole). A line's object is written with {@link #member}: the value's
     * {@code "} and {@code \} escaped, LF, CR and tab as {@code \n}, {@code \r}, {@code \t}, any other
     * character below U+0020 as <code>&#92;u00xx</code> (lower-case hex); everything else as it
     * is (UTF-8 in the bytes).
     */
    static final class Canonical {

        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private final MessageDigest digest;

        Canonical() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        /** Appends {@code "key":"value"} to the current line, after a comma unless it is the line's first member. */
        Canonical member(String key, String value) {
            line.append(line.length() == 0 ? '{' : ',');
            JsonStrings.append(line, key);
            line.append(':');
            JsonStrings.append(line, value);
            return this;
        }

        /** Closes the current line's object and ends the line with LF. */
        void endLine() {
            line.append("}\n");
            String done = line.toString();
            digest.update(done.getBytes(StandardCharsets.UTF_8));
            text.append(done);
            line.setLength(0);
        }

        String text() {
            return text.toString();
        }

        /** Lower-case hex SHA-256 of the form's UTF-8 bytes; call once, after the last line. */
        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
