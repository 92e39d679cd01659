package org.statcommons.content.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.PageSummary;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.attachments.AttachmentAddress;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.i18n.Language;

/** How links between pages, and to a page's files, resolve when a page is rendered: for members, or for the public. */
@Component
public class PageLinker {

    private final Pages pages;
    private final Publications publications;
    private final Permissions permissions;

    PageLinker(Pages pages, Publications publications, Permissions permissions) {
        this.pages = pages;
        this.publications = publications;
        this.permissions = permissions;
    }

    /**
     * Links as this member sees them: every page of the space, and for a page that does not exist the form that
     * creates it (a new page for those who edit, a proposal for those who propose) or a note that it does not exist
     * yet.
     */
    public PageLinks forMembers(Community community, Actor actor) {
        String missing;
        if (permissions.may(actor, Action.EDIT_PAGE, community.id())) {
            missing = SpaceAddress.space(community.slug()) + "/-/new";
        } else if (permissions.may(actor, Action.PROPOSE_CHANGE, community.id())) {
            missing = "/c/" + community.slug() + "/proposals/new";
        } else {
            missing = "";
        }
        PageLinks links = forMembers(community);
        // the words said of a missing page are the reader's, who is answered by this request
        Language language = Language.ofRequest();
        return new PageLinks() {
            @Override
            public String href(String path) {
                return links.href(path);
            }

            @Override
            public boolean exists(String path) {
                return links.exists(path);
            }

            @Override
            public String pathOfTitle(String title) {
                return links.pathOfTitle(title);
            }

            @Override
            public String fileHref(String path) {
                return links.fileHref(path);
            }

            @Override
            public String missingHref(String path, String title) {
                return missing.isEmpty() ? missing : missing + "?path=" + encoded(path) + "&title=" + encoded(title);
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

    /** Links as members see them: every page of the space, existing or not; no offer to create a missing one. */
    public PageLinks forMembers(Community community) {
        Set<String> paths = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (PageSummary page : pages.list(community.id())) {
            paths.add(page.path());
            titles.putIfAbsent(page.title().toLowerCase(Locale.ROOT), page.path());
        }
        return links(community.slug(), paths, titles, false);
    }

    /** Links as the public sees them: only published pages can be followed. */
    public PageLinks forPublic(Community community) {
        Set<String> paths = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (Publications.Published page : publications.of(community.id())) {
            paths.add(page.path());
            titles.putIfAbsent(page.title().toLowerCase(Locale.ROOT), page.path());
        }
        return links(community.slug(), paths, titles, true);
    }

    private static PageLinks links(String slug, Set<String> paths, Map<String, String> titles, boolean publicOnly) {
        return new PageLinks() {
            @Override
            public String href(String path) {
                if (publicOnly) {
                    return paths.contains(path) ? SpaceAddress.published(slug, path) : null;
                }
                return SpaceAddress.page(slug, path);
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
                // members open any file of a page; the public only files of published pages (checked again when opened)
                Optional<String> page = Attachments.pageOf(path);
                if (page.isEmpty()) {
                    return null;
                }
                if (publicOnly) {
                    return paths.contains(page.get()) ? AttachmentAddress.published(slug, path) : null;
                }
                return AttachmentAddress.member(slug, path);
            }
        };
    }
}
