package org.statcommons.activity;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.web.AtomFeed;

/** The Activity tab of a community, and the Atom feed of its public part. */
@Controller
class ActivityController {

    private static final int FEED_SIZE = 50;
    private static final CacheControl FEED_CACHING = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final CommunityFrame pages;
    private final Communities communities;
    private final Permissions permissions;
    private final ActivityStream stream;
    private final StatCommonsProperties properties;

    ActivityController(CommunityFrame pages, Communities communities, Permissions permissions, ActivityStream stream,
                       StatCommonsProperties properties) {
        this.pages = pages;
        this.communities = communities;
        this.permissions = permissions;
        this.stream = stream;
        this.properties = properties;
    }

    @GetMapping("/c/{slug}/activity")
    String stream(@PathVariable String slug, Actor actor, @RequestParam(name = "kind", required = false) List<String> kind,
                  @RequestParam(required = false) Long before, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "activity");
        Set<ActivityKind> kinds = ActivityStream.kinds(kind);
        ActivityStream.Shown shown = stream.read(actor, community, kinds, before);
        model.addAttribute("lines", shown.lines());
        model.addAttribute("older", shown.older());
        model.addAttribute("membersPart", shown.membersPart());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("chosen", kinds);
        model.addAttribute("chosenNames", kinds.stream().map(Enum::name).toList());
        return "activity/stream";
    }

    /** The public part of the stream for feed readers: the same for everyone, so it is cacheable and sets no cookie. */
    @GetMapping("/c/{slug}/activity.atom")
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String slug, Actor actor,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Community community = communities.require(slug);
        permissions.require(actor, Action.VIEW_COMMUNITY_LANDING, community.id());
        List<ActivityLine> lines = stream.publicLines(community, FEED_SIZE);
        String page = properties.link("/c/" + community.slug() + "/activity");
        List<AtomFeed.Entry> entries = lines.stream().map(line -> new AtomFeed.Entry(page + "#activity-" + line.id(),
                line.title(), properties.link(line.link()), line.at(), line.excerpt(), line.actorName())).toList();
        return new AtomFeed(properties.link("/c/" + community.slug() + "/activity.atom"), community.name() + ": activity",
                properties.link("/c/" + community.slug() + "/activity.atom"), page, community.name(),
                lines.isEmpty() ? community.createdAt() : lines.get(0).at(), entries)
                .answer(ifNoneMatch, FEED_CACHING);
    }
}
