package kr.go.msit.sovereignai.domain.arena;

import java.util.ArrayList;
import java.util.List;

/**
 * A small strict RFC 4180 reader: fields separated by commas, records by LF or CRLF; a field in
 * double quotes may hold commas, line breaks and doubled quotes ({@code ""}). A line break inside
 * quotes is kept as LF whichever way the file writes it, so the same spreadsheet saved on any
 * system gives the same prompts. A quote inside an unquoted field, text after a closing quote, or
 * a quote never closed is a problem (the record's first line is named); an empty line is skipped.
 * Written here rather than taking commons-csv: about a hundred lines, problems named by line with
 * our message keys, and one library less in the WAR.
 */
final class CsvRecords {

    private CsvRecords() {}

    /** One record: the physical line it starts on (1-based) and its fields. */
    record Record(int line, List<String> fields) {}

    /** The records of {@code text}; a record with a quoting problem is left out (the problem is added). */
    static List<Record> read(String text, ArenaFileText.Problems problems) {
        List<Record> records = new ArrayList<>();
        int line = 1;
        int i = 0;
        int length = text.length();
        while (i < length && !problems.overflowing()) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quotedAny = false;
            boolean bad = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                // one field, starting at i
                field.setLength(0);
                if (i < length && text.charAt(i) == '"') {
                    quotedAny = true;
                    i++;
                    boolean closed = false;
                    while (i < length) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < length && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                            field.append('\n');
                            line++;
                            i += 2;
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                            i++;
                        }
                    }
                    if (!closed) {
                        problems.add(recordLine, "arena.file.csv.unclosed");
                        return records;
                    }
                    if (i < length && !atSeparator(text, i)) {
                        bad = true; // text after the closing quote
                    }
                }
                while (i < length && !atSeparator(text, i)) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        bad = true;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                if (i >= length) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                    if (i >= length) {
                        fields.add("");
                        endOfRecord = true;
                    }
                } else {
                    i += text.charAt(i) == '\r' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                }
            }
            if (bad) {
                problems.add(recordLine, "arena.file.csv.quote");
            } else if (!(fields.size() == 1 && fields.get(0).isEmpty() && !quotedAny)) {
                records.add(new Record(recordLine, List.copyOf(fields)));
            }
        }
        return records;
    }

    /** A comma, LF or CRLF at {@code i}. */
    private static boolean atSeparator(String text, int i) {
        char c = text.charAt(i);
        return c == ',' || c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
    }
}
