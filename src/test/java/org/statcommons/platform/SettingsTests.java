package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;

/**
 * Settings and input rules that keep their promises: every {@code statcommons.*} setting is explained in the
 * docs (a setting nobody could describe, such as a "bcrypt cost factor" for Argon2 hashes, read nowhere, cannot
 * hide), and no handler checks input with Bean Validation, which would run before the permission
 * (docs/architecture.md, "Input is checked once, after the permission").
 */
class SettingsTests {

    @Test
    void everySettingIsExplainedInTheDocs() throws Exception {
        String docs;
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            docs = String.join(
                    "\n",
                    files.filter(f -> f.toString().endsWith(".md"))
                            .map(SettingsTests::read)
                            .toList());
        }
        List<String> settings = new ArrayList<>();
        for (Class<?> type : scan(ConfigurationProperties.class)) {
            if (ofTests(type)) {
                continue; // a test's own settings (LazyStartTests'), which no operator sets
            }
            leaves(type.getAnnotation(ConfigurationProperties.class).value(), type, settings);
        }
        assertThat(settings)
                .contains(
                        "statcommons.public-url",
                        "statcommons.content.max-page-size",
                        "statcommons.mail.max-retry-delay");
        assertThat(settings)
                .as("settings named in no doc (as STATCOMMONS_… or statcommons.…)")
                .filteredOn(setting -> !docs.contains(environmentName(setting)) && !docs.contains("`" + setting + "`"))
                .isEmpty();
    }

    private static boolean ofTests(Class<?> type) {
        return type.getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath()
                .contains("test-classes");
    }

    @Test
    void noHandlerChecksInputBeforeThePermission() throws Exception {
        List<String> validated = new ArrayList<>();
        for (Class<?> controller : scan(Controller.class)) {
            if (controller.isAnnotationPresent(Validated.class)) {
                validated.add(controller.getName());
            }
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Valid.class) || parameter.isAnnotationPresent(Validated.class)) {
                        validated.add(controller.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(validated)
                .as("@Valid runs while the request is bound, before the handler asks the policy")
                .isEmpty();
    }

    private static void leaves(String prefix, Class<?> type, List<String> settings) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                leaves(name, component.getType(), settings);
            } else {
                settings.add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** {@code statcommons.mail.max-retry-delay} → {@code STATCOMMONS_MAIL_MAX_RETRY_DELAY}. */
    private static String environmentName(String setting) {
        return setting.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static List<Class<?>> scan(Class<? extends java.lang.annotation.Annotation> annotation)
            throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.statcommons")) {
            found.add(Class.forName(definition.getBeanClassName()));
        }
        assertThat(found).as("classes with @" + annotation.getSimpleName()).isNotEmpty();
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
