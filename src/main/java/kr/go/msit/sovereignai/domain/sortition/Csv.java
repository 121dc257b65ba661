package kr.go.msit.sovereignai.domain.sortition;

import java.util.ArrayList;
import java.util.List;

/** Strict reading of the published CSV files: UTF-8 text, LF line ends, a final LF, no blank line, no quoting. */
final class Csv {

    private Csv() {}

    static List<String> lines(String text, String file) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
            throw new IllegalArgumentException(file + ": must end with a line feed");
        }
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(file + ": line ends must be LF only");
        }
        if (text.charAt(0) == '\uFEFF') {
            throw new IllegalArgumentException(file + ": no byte order mark");
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                String line = text.substring(start, i);
                if (line.isEmpty()) {
                    throw new IllegalArgumentException(file + " line " + (lines.size() + 1) + ": empty line");
                }
                lines.add(line);
                start = i + 1;
            }
        }
        return lines;
    }

    static void expectHeader(List<String> lines, String header, String file) {
        if (!lines.get(0).equals(header)) {
            throw new IllegalArgumentException(file + ": the header must be '" + header + "'");
        }
    }

    /** A canonical decimal (no sign, no leading zero unless it is 0). */
    static long nonNegativeLong(String cell, String where) {
        if (cell.isEmpty() || cell.length() > 18 || (cell.length() > 1 && cell.charAt(0) == '0')) {
            throw new IllegalArgumentException(where + ": not a canonical number: '" + cell + "'");
        }
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
                throw new IllegalArgumentException(where + ": not a canonical number: '" + cell + "'");
            }
        }
        return Long.parseLong(cell);
    }

    static int nonNegativeInt(String cell, String where) {
        long value = nonNegativeLong(cell, where);
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(where + ": too large: " + cell);
        }
        return (int) value;
    }
}
