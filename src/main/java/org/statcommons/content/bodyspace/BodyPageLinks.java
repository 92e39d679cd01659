package org.statcommons.content.bodyspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statcommons.content.BodySpace;
import org.statcommons.content.PageSummary;
import org.statcommons.content.Pages;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.pages.PageLinks;
import org.statcommons.platform.i18n.Language;

/**
 * How links between pages resolve in a body's space: to the pages of that space only, never to the community's (a
 * page of the body written {@code [[Budget]]} means the body's Budget page). A page that does not exist offers those who
 * write in the space the new-page form. A page's files open from the body's space too.
 */
final class BodyPageLinks {

    private BodyPageLinks() {}

    static PageLinks of(BodySpace space, Pages pages, boolean edits) {
        Set<String> paths = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (PageSummary page : pages.list(space.key())) {
            paths.add(page.path());
            titles.putIfAbsent(page.title().toLowerCase(Locale.ROOT), page.path());
        }
        Language language = Language.ofRequest();
        return new PageLinks() {
            @Override
            public String href(String path) {
                return space.page(path);
            }

            @Override
            public boolean exists(String path) {
                return paths.contains(path);
            }

            @Override
            public String pathOfTitle(String title) {
                return titles.get(title.toLowerCase(Locale.ROOT));
            }

            @Override
            public String fileHref(String path) {
                // a page's files ({@code page.files/name}); anything else is not a file one opens from a page
                return Attachments.pageOf(path).isPresent() ? BodyFile.href(space, path) : null;
            }

            @Override
            public String missingHref(String path, String title) {
                return edits ? space.action("new", null) + "?path=" + encoded(path) + "&title=" + encoded(title) : "";
            }

            @Override
            public Language language() {
                return language;
            }
        };
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
