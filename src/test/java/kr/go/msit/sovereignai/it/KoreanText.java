package kr.go.msit.sovereignai.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** A message of the platform's Korean bundle as a page shows it (formatted, HTML-escaped): what tests look for in a page. */
public final class KoreanText {

    private static final Properties KOREAN = new Properties();

    static {
        try (InputStream in =
                KoreanText.class.getResourceAsStream("/kr/go/msit/sovereignai/web/i18n/messages_ko.properties")) {
            KOREAN.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private KoreanText() {}

    /** The message {@code key} with {@code arguments}, escaped as in the page's HTML; fails on a key the bundle lacks. */
    public static String of(String key, Object... arguments) {
        String pattern = KOREAN.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no message " + key);
        }
        String text = arguments.length == 0
                ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.KOREAN).format(arguments);
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
