package org.statcommons.activity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.AtomFeed;
import org.statcommons.platform.web.LanguageResolver;

/** The Activity tab of a community, and the Atom feed of its public part. */
@Controller
@CommunityTab("activity")
class ActivityController {

    private static final int FEED_SIZE = 50;
    private static final CacheControl FEED_CACHING =
            CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final ActivityPresenter presenter;
    private final StatCommonsProperties properties;

    ActivityController(ActivityPresenter presenter, StatCommonsProperties properties) {
        this.presenter = presenter;
        this.properties = properties;
    }

    @GetMapping("/c/{slug}/activity")
    String stream(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            Actor actor,
            @RequestParam(name = "kind", required = false) List<String> kind,
            @RequestParam(required = false) Long before,
            Model model) {
        KindFilter filter = KindFilter.parse(kind);
        ActivityPresenter.StreamView shown = presenter.present(actor, community, filter, before);
        model.addAttribute("lines", shown.lines());
        model.addAttribute("older", shown.older());
        model.addAttribute("membersPart", shown.membersPart());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("chosen", filter.chosen());
        model.addAttribute("chosenNames", filter.names());
        return "activity/stream";
    }

    /**
     * The public part of the stream for feed readers: the same for everyone, so it is cacheable and sets no cookie.
     * Its titles are in the feed's language ({@link LanguageResolver#ofFeed}).
     */
    @GetMapping("/c/{slug}/activity.atom")
    @ResponseBody
    ResponseEntity<String> feed(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Language language = LanguageResolver.ofFeed(request);
        TimePresenter times = TimePresenter.anonymous().inLanguage(language.locale());
        List<ActivityLine> lines = presenter.publicLines(community, FEED_SIZE);
        String page = properties.link("/c/" + community.slug() + "/activity");
        String self = properties.link("/c/" + community.slug() + "/activity.atom");
        List<AtomFeed.Entry> entries = lines.stream()
                .map(line -> new AtomFeed.Entry(
                        page + "#activity-" + line.id(),
                        line.shownTitle(times),
                        properties.link(line.link()),
                        line.at(),
                        line.excerpt(),
                        line.shownActor(times)))
                .toList();
        return new AtomFeed(
                        self,
                        Text.of("activity.feed.title", community.name()).in(language),
                        self,
                        page,
                        community.name(),
                        lines.isEmpty() ? community.createdAt() : lines.get(0).at(),
                        language,
                        entries)
                .answer(ifNoneMatch, FEED_CACHING);
    }
}
