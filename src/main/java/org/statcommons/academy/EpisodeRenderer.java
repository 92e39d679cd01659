package org.statcommons.academy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;

/**
 * Renders an episode's Markdown with the course conventions (docs/academy.md#writing-episodes): fenced divs, as the
 * Carpentries' lessons write them, open a block with {@code ::: exercise}, {@code ::: solution}, {@code ::: callout} or
 * {@code ::: instructor} and close it with {@code :::}. An exercise is a section with its heading; a solution is a
 * {@code <details>} folded until opened (no script needed); a callout an aside; an instructor note is left out of the
 * learners' rendering and shown, marked, in the instructors'. The Markdown between the fences goes through the
 * platform's renderer, with its limits and its sanitising; only the blocks' own tags are added around it. Labels are
 * in the course's language.
 */
@Component
class EpisodeRenderer {

    /** Block names the Carpentries' lessons use, read as ours. */
    private static final Map<String, String> KINDS = Map.of(
            "exercise", "exercise",
            "challenge", "exercise",
            "solution", "solution",
            "callout", "callout",
            "discussion", "callout",
            "prereq", "callout",
            "checklist", "callout",
            "instructor", "instructor");

    /** How deep blocks may nest: a solution in an exercise is two. */
    static final int MAX_DEPTH = 4;

    private static final Pattern OPEN =
            Pattern.compile("^ {0,3}:{3,}\\s*\\{?\\s*\\.?([A-Za-z][A-Za-z-]{0,40})\\s*}?\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^ {0,3}:{3,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /**
     * An image beside the episodes ({@code ![…](fig/commits.svg)}): the platform's sanitiser keeps only images of this
     * server or of https, so its address goes through the renderer under this mark, taken off again after, and the
     * places a course is read resolve it ({@link CourseLinks}).
     */
    private static final Pattern RELATIVE_IMAGE =
            Pattern.compile("(!\\[[^\\]\n]{0,1000}\\]\\()(?![/#]|[a-zA-Z][a-zA-Z0-9+.-]*:)(?:\\./)?");

    private static final String MARK = "/-course-image-/";

    private final Markdown markdown;
    private final MessageSource messages;

    EpisodeRenderer(Markdown markdown, MessageSource messages) {
        this.markdown = markdown;
        this.messages = messages;
    }

    /** The two renderings of a body and what was wrong with its blocks. */
    record Rendered(String learnerHtml, String instructorHtml, List<CourseProblem> problems) {}

    /**
     * @param file      the file's path, for the messages
     * @param firstLine the file's line the body starts on
     */
    Rendered render(String file, String body, int firstLine, Locale language) {
        Out out = new Out();
        List<CourseProblem> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        String fence = null;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = firstLine + i;
            Matcher code = FENCE.matcher(line);
            if (fence != null) {
                if (code.find()
                        && code.group(1).charAt(0) == fence.charAt(0)
                        && code.group(1).length() >= fence.length()) {
                    fence = null;
                }
                text.append(line).append('\n');
                continue;
            }
            if (code.find()) {
                fence = code.group(1);
                text.append(line).append('\n');
                continue;
            }
            Matcher opening = OPEN.matcher(line);
            if (CLOSE.matcher(line).matches()) {
                if (open.isEmpty()) {
                    problems.add(new CourseProblem(file, lineNumber, Text.of("academy.problem.block-not-open")));
                    continue;
                }
                out.markdown(text, open);
                out.close(open.pop(), open);
            } else if (opening.matches()) {
                String kind = KINDS.get(opening.group(1).toLowerCase(Locale.ROOT));
                if (kind == null) {
                    problems.add(new CourseProblem(
                            file, lineNumber, Text.of("academy.problem.block-unknown", opening.group(1))));
                    text.append(line).append('\n');
                    continue;
                }
                if (open.size() >= MAX_DEPTH) {
                    problems.add(
                            new CourseProblem(file, lineNumber, Text.of("academy.problem.block-too-deep", MAX_DEPTH)));
                    text.append(line).append('\n');
                    continue;
                }
                out.markdown(text, open);
                out.open(kind, open, label(kind, language));
                open.push(kind);
            } else {
                text.append(line).append('\n');
            }
        }
        out.markdown(text, open);
        if (!open.isEmpty()) {
            problems.add(new CourseProblem(
                    file, firstLine + lines.length - 1, Text.of("academy.problem.block-not-closed", open.peek())));
            while (!open.isEmpty()) {
                out.close(open.pop(), open);
            }
        }
        return new Rendered(out.learner.toString(), out.instructor.toString(), problems);
    }

    private String label(String kind, Locale language) {
        return HtmlUtils.htmlEscape(messages.getMessage("academy.block." + kind, null, language));
    }

    /** The two renderings being written: an instructor note goes to the instructors' alone. */
    private final class Out {
        final StringBuilder learner = new StringBuilder();
        final StringBuilder instructor = new StringBuilder();

        void markdown(StringBuilder text, Deque<String> open) {
            if (text.isEmpty()) {
                return;
            }
            String marked = RELATIVE_IMAGE.matcher(text).replaceAll("$1" + MARK);
            write(markdown.toHtml(marked).replace(MARK, ""), open);
            text.setLength(0);
        }

        void open(String kind, Deque<String> open, String label) {
            String html = switch (kind) {
                case "exercise" -> "<section class=\"exercise\"><h2 class=\"block\">" + label + "</h2>";
                case "solution" -> "<details class=\"solution\"><summary>" + label + "</summary>";
                case "callout" -> "<aside class=\"callout\"><p class=\"block\">" + label + "</p>";
                default -> "<aside class=\"instructor\"><p class=\"block\">" + label + "</p>";
            };
            Deque<String> within = new ArrayDeque<>(open);
            within.push(kind);
            write(html, within);
        }

        void close(String kind, Deque<String> stillOpen) {
            String html = switch (kind) {
                case "exercise" -> "</section>";
                case "solution" -> "</details>";
                default -> "</aside>";
            };
            Deque<String> within = new ArrayDeque<>(stillOpen);
            within.push(kind);
            write(html, within);
        }

        private void write(String html, Deque<String> open) {
            instructor.append(html);
            if (!open.contains("instructor")) {
                learner.append(html);
            }
        }
    }
}
