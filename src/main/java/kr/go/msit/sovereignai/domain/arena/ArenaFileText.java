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

    private ArenaFileText() {
    }

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
            throw new ArenaFileRefused(List.of(new ArenaFileRefused.Problem(0, "arena.file.tooLarge",
                    List.of(maxBytes, content.length))), false);
        }
    }

    /**
     * Decodes strict UTF-8 (a malformed or truncated sequence refuses the file, naming its line;
     * nothing is replaced) and drops one leading byte order mark.
     */
    static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ArenaFileRefused(List.of(new ArenaFileRefused.Problem(line, "arena.file.encoding", List.of())), false);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One physical line of a JSONL file (LF or CRLF), 1-based. */
    record Line(int number, String text) {
    }

    /** The file's lines holding something other than white space (a blank line is skipped, not refused). */
    static List<Line> nonBlankLines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isBlank()) {
                lines.add(new Line(number, line));
            }
            number++;
            start = end + 1;
        }
        return lines;
    }

    /** A value of a key in a line's object that is neither a string nor null (a number, an array...). */
    static final Object NOT_A_STRING = new Object();

    private static final class Factory {
        static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    }

    /** A line's flat object: its values (strings, null or {@link #NOT_A_STRING}) and whether its keys were all allowed and single. */
    record JsonLine(Map<String, Object> values, boolean keysOk) {
    }

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
     * Appends {@code "key":"value"}: the value's {@code "} and {@code \} escaped, LF, CR and tab as
     * {@code \n}, {@code \r}, {@code \t}, any other character below U+0020 as <code>&#92;u00xx</code>
     * (lower-case hex); everything else as it is (UTF-8 in the bytes).
     */
    static void appendMember(StringBuilder json, String key, String value) {
        appendString(json, key);
        json.append(':');
        appendString(json, value);
    }

    private static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
