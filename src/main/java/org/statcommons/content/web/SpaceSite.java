package org.statcommons.content.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageSummary;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.SpaceSetup;
import org.statcommons.content.attachments.AttachmentAddress;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.pages.PageLinks;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/**
 * What every page of a space needs: the community, the policy's answer, a space that exists (set up on first
 * use for communities older than spaces), who the author of a change is, and how links between pages resolve.
 */
@Component
public class SpaceSite {

    private final Communities communities;
    private final Permissions permissions;
    private final SpaceSetup setup;
    private final Accounts accounts;
    private final Pages pages;
    private final Publications publications;

    SpaceSite(Communities communities, Permissions permissions, SpaceSetup setup, Accounts accounts, Pages pages,
              Publications publications) {
        this.communities = communities;
        this.permissions = permissions;
        this.setup = setup;
        this.accounts = accounts;
        this.pages = pages;
        this.publications = publications;
    }

    /** Loads the community, checks the action, sets the space up if needed and fills the frame's model. */
    public Community open(String slug, Actor actor, Action action, Model model) {
        Community community = community(slug, actor, action);
        model.addAttribute("community", community);
        model.addAttribute("spaceHome", SpaceAddress.space(slug));
        model.addAttribute("mayEdit", permissions.may(actor, Action.EDIT_PAGE, community.id()));
        model.addAttribute("mayPublish", permissions.may(actor, Action.PUBLISH_PAGE, community.id()));
        model.addAttribute("mayPropose", permissions.may(actor, Action.PROPOSE_CHANGE, community.id()));
        return community;
    }

    /** Loads the community, checks the action and sets the space up if needed. */
    public Community community(String slug, Actor actor, Action action) {
        Community community = communities.require(slug);
        permissions.require(actor, action, community.id());
        setup.ensure(community.id());
        return community;
    }

    boolean may(Actor actor, Action action, Community community) {
        return permissions.may(actor, action, community.id());
    }

    /** The signed-in person as the author of a commit. */
    public Author author(Actor actor) {
        Account account = accounts.byId(actor.accountId()).orElseThrow();
        return new Author(account.displayName(), account.email(), account.id());
    }

    /** Links as members see them: every page of the space, existing or not. */
    public PageLinks memberLinks(Community community) {
        List<PageSummary> all = pages.list(community.id());
        Set<String> paths = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (PageSummary page : all) {
            paths.add(page.path());
            titles.putIfAbsent(page.title().toLowerCase(Locale.ROOT), page.path());
        }
        return links(community.slug(), paths, titles, false);
    }

    /** Links as the public sees them: only published pages can be followed. */
    public PageLinks publicLinks(Community community) {
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
