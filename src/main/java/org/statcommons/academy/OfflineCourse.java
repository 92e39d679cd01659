package org.statcommons.academy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.statcommons.platform.StatCommonsProperties;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A course for reading offline: one zip of static HTML (its contents {@code index.html}, every episode
 * {@code episodes/NN-name.html}, the setup and glossary pages, the single printable page), its images at their paths
 * and one stylesheet, every link relative, so that it opens from {@code file://} with no server and no network, as
 * learners on poor connections need. No script: exercises' solutions fold with {@code <details>}. The contents and
 * each episode link back to the course online (absolute links) where a learner marks episodes done: the zip is the same
 * for everyone and carries nothing personal.
 */
@Component
class OfflineCourse {

    static final String STYLESHEET = "course.css";

    private final ITemplateEngine templates;
    private final StatCommonsProperties site;

    OfflineCourse(ITemplateEngine templates, StatCommonsProperties site) {
        this.templates = templates;
        this.site = site;
    }

    byte[] zip(CourseView view, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "index.html", page(view, locale, "contents", "", Map.of("online", site.link(view.address()))));
            put(zip, "print.html", page(view, locale, "print", "", Map.of()));
            for (CoursePage page : view.material().pages().values()) {
                if (!page.name().equals("index")) {
                    put(zip, page.name() + ".html", page(view, locale, "page", "", Map.of("page", page)));
                }
            }
            for (Episode episode : view.material().episodes()) {
                Map<String, Object> variables = new java.util.HashMap<>();
                variables.put("episode", episode);
                variables.put("body", view.offline(episode));
                variables.put("before", view.material().before(episode));
                variables.put("after", view.material().after(episode));
                // an ordinary absolute link to the episode online, where its "mark done" form is: nothing personal
                variables.put("online", site.link(view.episodeAddress(episode)));
                put(
                        zip,
                        CourseReader.EPISODES + episode.name() + ".html",
                        page(view, locale, "episode", "../", variables));
            }
            for (Map.Entry<String, byte[]> image : view.material().images().entrySet()) {
                put(zip, image.getKey(), image.getValue());
            }
            put(zip, STYLESHEET, stylesheet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] page(CourseView view, Locale locale, String kind, String root, Map<String, Object> more) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("kind", kind);
        context.setVariable("root", root);
        more.forEach(context::setVariable);
        return templates.process("academy/offline", context).getBytes(StandardCharsets.UTF_8);
    }

    static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    static byte[] stylesheet() {
        try (InputStream in = new ClassPathResource("academy/" + STYLESHEET).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing the offline course's stylesheet", e);
        }
    }
}
