package org.statcommons.academy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The course a new course starts from: a short introduction to Git for statisticians (three episodes, a setup page, a
 * glossary, an image), with the manifest's title, language and licence those the creator chose. It shows every
 * convention at work, so its authors see how an episode is written, and the tests and the demo read it.
 */
@Component
class SampleCourse {

    static final List<String> FILES = List.of(
            "course.yml",
            "index.md",
            "setup.md",
            "glossary.md",
            "episodes/01-why-version-control.md",
            "episodes/02-first-commits.md",
            "episodes/03-working-together.md",
            "episodes/fig/commits.svg");

    /** The files, by path, for a course of this title, language and licence. */
    Map<String, byte[]> files(String title, String language, String licence) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : FILES) {
            byte[] bytes = resource(path);
            if (path.equals("course.yml")) {
                bytes = manifest(new String(bytes, StandardCharsets.UTF_8), title, language, licence);
            } else if (path.equals("index.md")) {
                bytes = new String(bytes, StandardCharsets.UTF_8)
                        .replaceFirst(
                                "(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement("title: " + quoted(title)))
                        .getBytes(StandardCharsets.UTF_8);
            }
            files.put(path, bytes);
        }
        return files;
    }

    private static byte[] manifest(String text, String title, String language, String licence) {
        return text.replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement("title: " + quoted(title)))
                .replaceFirst("(?m)^language: .*$", "language: " + language)
                .replaceFirst("(?m)^licence: .*$", "licence: " + licence)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A YAML double-quoted string: whatever the title holds reads back as typed. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource("academy/sample-course/" + path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing file of the sample course " + path, e);
        }
    }
}
