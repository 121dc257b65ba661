package kr.go.msit.sovereignai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ link to each other by relative paths and heading anchors; every such link must lead somewhere.
 * Anchors follow GitHub's rule: the heading's text in lower case, punctuation dropped (letters of any script,
 * digits, '-' and '_' kept), spaces to '-', a repeated heading suffixed -1, -2, … Links to other sites are not
 * followed. The README stays short: what a newcomer needs first.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** [text](target "title"): the text may hold one level of brackets, the target may sit in angle brackets. */
    private static final Pattern LINK =
            Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");

    @Test
    void everyRelativeLinkInTheReadmeAndDocsLeadsToAFileAndHeadingThatExist() throws IOException {
        List<Path> documents = documents();
        assertTrue(documents.size() >= 6, "the README and docs/*.md are found from " + ROOT + ": " + documents);
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            broken.addAll(brokenLinks(document, Files.readString(document, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), broken, "links to nothing");
    }

    @Test
    void theReadmeStaysUnderTwoHundredLines() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)
                .size();
        assertTrue(lines < 200, "README.md has " + lines + " lines; move detail to docs/");
    }

    @Test
    void everyDocumentInDocsIsLinkedFromTheReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path document : documents()) {
            if (document.getParent().endsWith("docs")) {
                assertTrue(
                        readme.contains("(docs/" + document.getFileName() + ")")
                                || readme.contains("(docs/" + document.getFileName() + "#"),
                        "README.md links " + ROOT.relativize(document));
            }
        }
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertEquals("durability-what-survives-a-crash", anchor("Durability: what survives a crash"));
        assertEquals(
                "each-rounds-own-history-cancellations-and-spacing",
                anchor("Each round's own history, cancellations and spacing"));
        assertEquals(
                "databases-h2-by-default-postgresql-with-one-switch",
                anchor("Databases: H2 by default, PostgreSQL with one switch"));
        assertEquals("e-mail-confirmation", anchor("E-mail confirmation"));
        assertEquals("평가-회차-관리", anchor("평가 회차 관리"));
        assertEquals("the-pageclient-class", anchor("The `PageClient` class"));
        assertEquals("see-the-docs", anchor("See [the docs](docs/a.md)"));
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsFound() throws IOException {
        Path readme = ROOT.resolve("README.md");
        String text = String.join(
                "\n",
                "# Title",
                "## 평가 회차 관리",
                "[fine](#title) [fine too](#평가-회차-관리) [elsewhere](https://example.org/#nothing)",
                "[no such heading](#titles) [no such file](docs/nothing.md) [no such anchor](docs/security.md#nowhere)",
                "`[in code](#nowhere)`",
                "```",
                "[in a block](#nowhere)",
                "```");
        List<String> broken = brokenLinks(readme, text);
        assertEquals(3, broken.size(), broken.toString());
        assertTrue(broken.get(0).contains("#titles"), broken.toString());
        assertTrue(broken.get(1).contains("docs/nothing.md"), broken.toString());
        assertTrue(broken.get(2).contains("docs/security.md#nowhere"), broken.toString());
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(documents::add);
        }
        return documents;
    }

    /** Each relative link of {@code text} (the content of {@code document}) whose file or heading does not exist. */
    private static List<String> brokenLinks(Path document, String text) throws IOException {
        List<String> broken = new ArrayList<>();
        int lineNumber = 0;
        for (String line : proseLines(text)) {
            lineNumber++;
            Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: … are other sites
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? null : target.substring(hash + 1);
                Path file = path.isEmpty()
                        ? document
                        : document.getParent().resolve(path).normalize();
                String where = ROOT.relativize(document) + ":" + lineNumber + ": " + target;
                if (!Files.exists(file)) {
                    broken.add(where + " (no such file)");
                } else if (fragment != null && !fragment.isEmpty()) {
                    String content = file.equals(document) ? text : Files.readString(file, StandardCharsets.UTF_8);
                    if (!anchors(content).contains(fragment)) {
                        broken.add(where + " (no such heading)");
                    }
                }
            }
        }
        return broken;
    }

    /** The lines of {@code text}, with the lines of fenced code blocks blanked (they hold no links). */
    private static List<String> proseLines(String text) {
        List<String> lines = new ArrayList<>();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                lines.add("");
            } else {
                lines.add(inFence ? "" : line);
            }
        }
        return lines;
    }

    private static Set<String> anchors(String text) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : proseLines(text)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String anchor = anchor(heading.group(2));
                int times = seen.merge(anchor, 1, Integer::sum);
                anchors.add(times == 1 ? anchor : anchor + "-" + (times - 1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading's text. */
    static String anchor(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // a link's text
                .replaceAll("<[^>]+>", ""); // inline HTML
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }
}
