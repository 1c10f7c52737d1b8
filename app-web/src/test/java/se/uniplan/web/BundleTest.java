package se.uniplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.uniplan.access.Action;
import se.uniplan.access.SystemRole;
import se.uniplan.activity.ActivityKind;
import se.uniplan.governance.BodyKind;
import se.uniplan.governance.GovernanceObjectKind;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.plugin.api.DataKind;
import se.uniplan.plugin.api.PluginHealth;
import se.uniplan.plan.ChangePath;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanState;
import se.uniplan.role.Role;
import se.uniplan.round.RoundKind;
import se.uniplan.round.RoundStatus;

/**
 * The Swedish and English bundles say the same things: the same keys, a label for every value a
 * page shows by its enum name, and every key a page names literally.
 */
class BundleTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> swedish = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        Set<String> onlySwedish = new TreeSet<>(swedish);
        onlySwedish.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(swedish);
        assertEquals(Set.of(), onlySwedish, "missing in English");
        assertEquals(Set.of(), onlyEnglish, "missing in Swedish");
    }

    @Test
    void everyEnumValueShownOnAPageHasALabel() throws IOException {
        Set<String> swedish = keys("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(OrgUnitKind.class, ActivityKind.class, GovernanceObjectKind.class,
                BodyKind.class, Role.class, SystemRole.class, Action.class, DataKind.class, PluginHealth.State.class,
                PlanState.class, PlanAction.class, RoundKind.class, RoundStatus.class, ChangePath.class)) {
            String prefix = type == PluginHealth.State.class ? "PluginHealth" : type.getSimpleName();
            for (Enum<?> value : type.getEnumConstants()) {
                if (!swedish.contains(prefix + "." + value.name())) {
                    missing.add(prefix + "." + value.name());
                }
            }
        }
        assertTrue(missing.isEmpty(), "no label for " + missing);
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> swedish = keys("messages.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!swedish.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "unknown keys " + missing);
    }

    /** Every refusal the domain can raise reaches the user as a sentence, not as its key. */
    @Test
    void everyErrorKeyTheDomainRaisesHasAMessage() throws IOException {
        Set<String> swedish = keys("messages.properties");
        Pattern errorKey = Pattern.compile("\"(error\\.[a-zA-Z0-9.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("../app-domain/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = errorKey.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!swedish.contains(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no message for " + missing);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/se/uniplan/web/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
