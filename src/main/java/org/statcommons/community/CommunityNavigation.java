package org.statcommons.community;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.platform.WeightedCache;
import org.statcommons.platform.web.FragmentRenderer;
import org.thymeleaf.ITemplateEngine;

/**
 * The breadcrumb and the community's navigation at the top of every community screen ({@code community/frame ::
 * navigation}), rendered by the template once for each community (address and name), current tab and set of
 * actions the viewer may take, in the reader's interface language, and remembered: every member with the same role sees the same links, and
 * rendering them (some twenty links, each asking the policy's answer) was a good part of every screen's time.
 * Nothing is forgotten: a renamed community, another tab or a changed role is another key, rendered at once;
 * old keys fall out of the bounded cache.
 */
@Component
class CommunityNavigation {

    private final ITemplateEngine templates;
    /** About 3 KB of HTML per key; up to 4 million characters in all. */
    private final WeightedCache<Key, String> rendered = new WeightedCache<>(
            4_000_000, (key, html) -> html.length() + key.slug().length() + 256);

    CommunityNavigation(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What the rendering depends on: nothing else in the fragment varies. */
    private record Key(long communityId, String slug, String name, String tab, Set<Action> allowed, Locale language) {}

    /** The navigation's HTML for this viewer, with this tab current (or none). */
    String html(Viewer viewer, Community community, String tab) {
        // a copy: a key must not change once remembered
        Locale language = LocaleContextHolder.getLocale();
        Key key = new Key(
                community.id(), community.slug(), community.name(), tab, Set.copyOf(viewer.allowed()), language);
        String html = rendered.get(key);
        if (html == null) {
            html = FragmentRenderer.render(
                    templates,
                    "community/frame",
                    "navigation",
                    language,
                    Map.of("community", community, "viewer", viewer, "tab", tab == null ? "" : tab));
            rendered.put(key, html);
        }
        return html;
    }
}
