package org.statcommons.data.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The official list of SDG goals (17), targets (169) and indicators, as the bundle {@code data-sdg} gives their titles
 * in six languages (taken from open-sdg/sdg-translations, MIT licence: {@code data/sdg/LICENSE}); the codes are read
 * once from the English bundle's keys, so that the list and its titles cannot disagree.
 */
@Component
class SdgList {

    private static final String TITLE = "data-sdg.title.";

    private final TreeSet<SdgCode> codes = new TreeSet<>();

    SdgList() {
        Properties titles = new Properties();
        try (InputStream in = new ClassPathResource("messages/data-sdg.properties").getInputStream()) {
            titles.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        titles.stringPropertyNames().stream()
                .filter(k -> k.startsWith(TITLE))
                .map(k -> new SdgCode(k.substring(TITLE.length())))
                .forEach(codes::add);
    }

    /** The code as listed, if the list has it. */
    Optional<SdgCode> find(String code) {
        if (code == null || !SdgCode.SHAPE.matcher(code).matches()) {
            return Optional.empty();
        }
        SdgCode asked = new SdgCode(code);
        return codes.contains(asked) ? Optional.of(asked) : Optional.empty();
    }

    List<SdgCode> goals() {
        return codes.stream().filter(c -> c.kind() == SdgCode.Kind.GOAL).toList();
    }

    /** The codes just below this one: a goal's targets, a target's indicators. */
    List<SdgCode> below(SdgCode code) {
        return codes.stream().filter(c -> code.equals(c.parent())).toList();
    }
}
