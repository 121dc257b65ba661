package kr.go.msit.sovereignai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Korean and English say the same things, and every key that code and pages use exists. */
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([a-zA-Z0-9.]+)\\}\"");
    /** Any string literal in main code shaped like a message key of ours. */
    private static final Pattern RULE_KEY = Pattern.compile(
            "\"((?:account|admin|arena|ballot|benchmark|bulletin|conflict|criterion|edit|eligibility|gpu|login|points|postponement|programme|receipt|results|reviewer|round|rubric|score|setupLink|signup|tally|team|weights|window)\\.[a-zA-Z0-9.]*[a-zA-Z0-9])\"");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/kr/go/msit/sovereignai/web/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(bundle("ko").stringPropertyNames()),
                new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> known = bundle("ko").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, used);
        collect(Path.of("src/main/java"), ".java", VALIDATION_KEY, used);
        collect(Path.of("src/main/java"), ".java", RULE_KEY, used);
        assertTrue(used.size() > 50, "the scan found the keys in use: " + used.size());
        used.removeAll(known);
        assertEquals(Set.of(), used, "keys used but missing from the bundles");
    }

    @Test
    void everyStatusAndPhaseHasALabel() throws IOException {
        Set<String> known = bundle("ko").stringPropertyNames();
        Stream.of(kr.go.msit.sovereignai.domain.round.RoundStatus.values())
                .forEach(s -> assertTrue(known.contains("round.status." + s), s.name()));
        Stream.of(kr.go.msit.sovereignai.domain.team.TeamStatus.values())
                .forEach(s -> assertTrue(known.contains("team.status." + s), s.name()));
        Stream.of(kr.go.msit.sovereignai.domain.round.WindowPhase.values())
                .forEach(p -> assertTrue(known.contains("phase." + p), p.name()));
        Stream.of(kr.go.msit.sovereignai.domain.round.Component.values())
                .forEach(c -> assertTrue(known.contains("component." + c), c.name()));
        Stream.of(kr.go.msit.sovereignai.domain.tally.Outcome.values())
                .forEach(o -> assertTrue(known.contains("outcome." + o), o.name()));
        Stream.of(kr.go.msit.sovereignai.domain.scoring.PanelAggregation.values())
                .forEach(a -> assertTrue(known.contains("aggregation." + a), a.name()));
        Stream.of(kr.go.msit.sovereignai.domain.round.PublicEvaluationMode.values())
                .forEach(m -> assertTrue(
                        known.contains("arena.mode." + m) && known.contains("arena.mode." + m + ".help"), m.name()));
        Stream.of(kr.go.msit.sovereignai.domain.arena.ArenaOutcome.values())
                .forEach(o -> assertTrue(known.contains("arena.outcome." + o), o.name()));
        Stream.of(kr.go.msit.sovereignai.domain.arena.ArenaRefused.Reason.values())
                .forEach(r -> assertTrue(known.contains("arena.state." + r), r.name()));
        Stream.of("403", "404", "500", "expired")
                .forEach(e -> assertTrue(
                        known.contains("error." + e + ".title") && known.contains("error." + e + ".text"), e));
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }

    /** A message with parameters goes through MessageFormat, where a lone apostrophe starts quoted text and hides them. */
    @Test
    void everyParameterOfAFormattedMessageIsShown() throws IOException {
        for (String language : List.of("ko", "en")) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                for (int index = 0; index < 4; index++) {
                    if (pattern.contains("{" + index + "}") || pattern.contains("{" + index + ",")) {
                        String shown = java.text.MessageFormat.format(pattern, "«0»", "«1»", "«2»", "«3»");
                        assertTrue(
                                shown.contains("«" + index + "»"),
                                language + " " + key + " hides {" + index + "}: " + shown);
                    }
                }
            }
        }
    }
}
