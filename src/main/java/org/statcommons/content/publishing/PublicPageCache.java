package org.statcommons.content.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages by their entity tag (which names the published blob and everything else the HTML
 * depends on), so that a popular page is rendered and compressed once. Least recently used pages leave first.
 * The compressed copy is made here because the servlet container does not compress responses that carry a
 * strong entity tag (the tag would then name two different byte sequences).
 */
@Component
class PublicPageCache {

    static final int CAPACITY = 1_000;

    /** A page as plain and as gzip-compressed bytes. */
    record Cached(byte[] html, byte[] gzip) {}

    private final Map<String, Cached> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CAPACITY;
        }
    };

    Cached get(String key, Supplier<String> render) {
        synchronized (pages) {
            Cached page = pages.get(key);
            if (page != null) {
                return page;
            }
        }
        // rendered outside the lock: two renders of one new page are harmless, a slow render must not block others
        byte[] html = render.get().getBytes(StandardCharsets.UTF_8);
        Cached page = new Cached(html, gzip(html));
        synchronized (pages) {
            pages.putIfAbsent(key, page);
        }
        return page;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
