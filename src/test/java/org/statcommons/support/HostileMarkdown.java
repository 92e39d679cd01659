package org.statcommons.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Markdown written to make a renderer slow or to make it overflow the stack: runs of syntax that opens
 * something and never closes it, syntax nested as deep as the text allows, and references that repeat a long
 * address. Each text is built at a given size, so tests can feed every renderer each input at the size limit of
 * the field it comes from (a page 1 MB, a post or a newsletter 100,000 characters, a comment 10,000).
 *
 * <pre>{@code
 * for (HostileMarkdown.Text text : HostileMarkdown.all(1_000_000)) {
 *     assertThat(HostileMarkdown.cpuTime(text, markdown::toHtml)).isLessThan(HostileMarkdown.bound(1_000_000));
 * }
 * }</pre>
 */
public final class HostileMarkdown {

    /**
     * How each text is built: its parts, each repeated to an equal share of the size, one after the other.
     * {@code {"*a", "*b"}} is {@code *a*a*a…*b*b*b…}.
     */
    private static final List<List<String>> SHAPES = List.of(
            // openers that never close: each one made old parsers scan the rest of the text again
            List.of("<"),
            List.of("<!--"),
            List.of("<a"),
            List.of("<http://"),
            List.of("<!"),
            List.of("<?"),
            List.of("<![CDATA["),
            List.of("["),
            List.of("[a]("),
            List.of("]("),
            List.of("!["),
            List.of("[[a"),
            List.of("[[a]] "),
            List.of("*"),
            List.of("*a"),
            List.of("**a"),
            List.of("_a"),
            List.of("~~a"),
            List.of("`"),
            List.of("`", "``"),
            List.of("|"),
            List.of("&"),
            List.of("&#"),
            List.of("\\"),
            List.of("www."),
            List.of("a@b."),
            List.of("http://a."),
            // nesting: quotes, lists, emphasis, images and links inside each other
            List.of(">"),
            List.of("> "),
            List.of("> - "),
            List.of("- ", "a\n"),
            List.of("1. ", "a\n"),
            List.of("*", "x", "*"),
            List.of("*a ", "  b*"),
            List.of("a**b", "c* "),
            List.of("![", "x", "](u)"),
            List.of("[", "x", "](u)"),
            List.of("_a", "_"),
            List.of("**a", "*a"),
            List.of("~~a", "~a"),
            // long lines, many lines, tables, reference definitions
            List.of("a"),
            List.of("a \n"),
            List.of("|a|\n|-|\n|a\n"),
            List.of("[a]", ": b"),
            List.of("a  \n"));

    /** One hostile text and a short name saying how it was made. */
    public record Text(String name, String source) {
        @Override
        public String toString() {
            return name + " (" + source.length() + " characters)";
        }
    }

    private HostileMarkdown() {}

    /** Every shape, each about {@code size} characters long, and the deepest nestings of block quotes and lists. */
    public static List<Text> all(int size) {
        List<Text> texts = new ArrayList<>();
        for (List<String> shape : SHAPES) {
            texts.add(new Text(String.join(" … ", shape).replace("\n", "\\n"), build(shape, size)));
        }
        texts.add(new Text("nested list", nestedList(size)));
        texts.add(new Text("table with padded rows", paddedTable(size)));
        texts.add(new Text("long reference used again and again", repeatedReference(size)));
        return texts;
    }

    /** A list nested one level deeper on every line, as deep as the size allows. */
    public static String nestedList(int size) {
        StringBuilder text = new StringBuilder(size);
        for (int depth = 0; text.length() + 2 * depth + 4 <= size; depth++) {
            text.append("  ".repeat(depth)).append("- a\n");
        }
        return text.toString();
    }

    /** A header of many columns and rows of one cell: without a limit, every row is padded to the header's width. */
    public static String paddedTable(int size) {
        int columns = Math.max(1, Math.min(1_000, size / 16));
        String head = "|a".repeat(columns) + "\n" + "|-".repeat(columns) + "\n";
        return head + "a\n".repeat(Math.max(1, (size - head.length()) / 2));
    }

    /** A reference to a long address, used as often as the rest of the text allows. */
    public static String repeatedReference(int size) {
        String definition = "[a]: https://example.org/" + "x".repeat(size / 2) + "\n\n";
        return definition + "[a]".repeat(Math.max(1, (size - definition.length()) / 3));
    }

    /** {@code "*".repeat(n) + "x" + "*".repeat(n)}: emphasis nested n/2 deep. */
    public static String nestedEmphasis(int n) {
        return "*".repeat(n) + "x" + "*".repeat(n);
    }

    private static String build(List<String> parts, int size) {
        StringBuilder text = new StringBuilder(size + 16);
        int share = size / parts.size();
        for (String part : parts) {
            text.append(part.repeat(Math.max(1, share / part.length())));
        }
        return text.toString();
    }

    /** How long a test waits for one rendering before failing: an old quadratic renderer would take minutes. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    /**
     * The processor time a rendering of a text of this size may take: 0.5 s, and 4.5 s more per million characters.
     * Measured on the shared two-core development machine, every text of 1 MB took at most 1.5 s through any
     * renderer (most well under 0.5 s), so this leaves a wide margin; the quadratic parser of commonmark-java
     * 0.27 took 7 s for 100,000 {@code <} and minutes for 1 MB.
     */
    public static Duration bound(int size) {
        return Duration.ofMillis(500 + 4_500L * size / 1_000_000);
    }

    /**
     * Runs {@code render} on the text in a thread of its own with a small stack (512 KB, half of a server thread's
     * usual 1 MB), so that a renderer recursing with the text's depth fails here first; rethrows what it threw and
     * returns the processor time it used. The processor time, not the elapsed time, is what the callers bound: the
     * machine is shared, and only the processor time says how much work the text caused. A render that has used the
     * {@link #DEADLINE} in processor time fails the test at once.
     */
    public static Duration cpuTime(Text text, Consumer<String> render) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong cpu = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    long start = threads.getCurrentThreadCpuTime();
                    try {
                        render.accept(text.source());
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                    cpu.set(threads.getCurrentThreadCpuTime() - start);
                },
                "hostile-markdown",
                512 * 1024);
        thread.setDaemon(true);
        thread.start();
        // the deadline counts the render's processor time too: on a busy machine a linear render may wait for a
        // processor far longer than it works; the wall-clock backstop only stops a test that would never end
        long backstop = System.nanoTime() + DEADLINE.multipliedBy(20).toNanos();
        try {
            while (thread.isAlive()) {
                thread.join(200);
                if (thread.isAlive()
                        && (threads.getThreadCpuTime(thread.getId()) > DEADLINE.toNanos()
                                || System.nanoTime() > backstop)) {
                    throw new AssertionError(
                            text + " still rendering after " + DEADLINE.toSeconds() + " s of processor time");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new AssertionError(text + " failed: " + failure.get(), failure.get());
        }
        return Duration.ofNanos(cpu.get());
    }
}
