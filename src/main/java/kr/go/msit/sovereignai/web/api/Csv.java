package kr.go.msit.sovereignai.web.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; null is empty. */
final class Csv {

    private Csv() {}

    static String row(Object... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell starting with =, +, -, @, a tab or a carriage return (after any spaces) may run as a
        // formula in a spreadsheet; a leading quote keeps it text. Plain numbers stay numbers.
        String start = text.stripLeading();
        if (!start.isEmpty() && "=+-@\t\r".indexOf(start.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        } else if (!text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r')) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
