package org.statcommons.content.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.statcommons.platform.WeightedCache;
import org.statcommons.platform.web.FragmentRenderer;
import org.thymeleaf.ITemplateEngine;

/**
 * The space's own navigation and the actions on one page ({@code content/frame :: spaceLinks} and
 * {@code :: pageLinks}), above every screen of a space: rendered by the template once for each space, page, pair of
 * rights they depend on (editing, proposing) and interface language, and remembered, as the community's navigation
 * is. Their links depend on nothing else; a renamed space, another page or a changed right is another key,
 * rendered at once; old keys fall out of the bounded cache.
 */
@Component("spaceNavigation")
public class SpaceNavigation {

    private final ITemplateEngine templates;
    /** About 1 KB of HTML per key; up to 4 million characters in all. */
    private final WeightedCache<Key, String> rendered =
            new WeightedCache<>(4_000_000, (key, html) -> html.length() + key.weight());

    SpaceNavigation(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What the rendering depends on: nothing else in the fragments varies. {@code links} is null for the space's. */
    private record Key(
            String fragment, String slug, PageActions links, boolean edit, boolean propose, Locale language) {
        /** The key's characters, about: a page's twelve addresses are each about as long as its address. */
        long weight() {
            return 256L
                    + slug.length()
                    + (links == null ? 0 : 12L * links.view().length());
        }
    }

    /** The space's own navigation (page tree, history, new page, proposals) for a reader with these rights. */
    public String space(String slug, boolean edit, boolean propose) {
        return html(new Key("spaceLinks", slug, null, edit, propose, LocaleContextHolder.getLocale()));
    }

    /** The actions on one page (its {@link PageActions}) for a reader with these rights. */
    public String page(String slug, PageActions links, boolean edit, boolean propose) {
        return html(new Key("pageLinks", slug, links, edit, propose, LocaleContextHolder.getLocale()));
    }

    private String html(Key key) {
        String html = rendered.get(key);
        if (html == null) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("navSlug", key.slug());
            if (key.links() != null) {
                variables.put("navLinks", key.links());
            }
            variables.put("navEdit", key.edit());
            variables.put("navPropose", key.propose());
            html = FragmentRenderer.render(templates, "content/frame", key.fragment(), key.language(), variables);
            rendered.put(key, html);
        }
        return html;
    }
}
