package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.throughcare.directory.AgencyType;
import org.throughcare.shared.Role;

/** Every text a user sees exists in English, Swedish and Norwegian. */
class MessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"sv", "nb"})
    void everyEnglishTextIsTranslated(String language) throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Properties translated = load("messages_" + language + ".properties");
        assertThat(new TreeSet<>(translated.stringPropertyNames())).isEqualTo(new TreeSet<>(english));
        assertThat(translated.values()).allSatisfy(value -> assertThat((String) value).isNotBlank());
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        for (AgencyType type : AgencyType.values()) {
            assertThat(english).contains("agencyType." + type);
        }
        for (Role role : Role.values()) {
            assertThat(english).contains("role." + role);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
