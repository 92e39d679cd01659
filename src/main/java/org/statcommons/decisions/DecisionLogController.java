package org.statcommons.decisions;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.AtomFeed;
import org.statcommons.platform.web.LanguageResolver;

/**
 * The decisions of a community: those open and the decision log of those closed, each with its outcome and what it
 * was about. Anyone reads the public ones; members read all. The Atom feed carries the public log.
 */
@Controller
@CommunityTab("decisions")
class DecisionLogController {

    static final int SHOWN = 100;
    private static final int FEED_SIZE = 50;
    private static final CacheControl FEED_CACHING =
            CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final DecisionPresenter presenter;
    private final StatCommonsProperties properties;

    DecisionLogController(DecisionPresenter presenter, StatCommonsProperties properties) {
        this.presenter = presenter;
        this.properties = properties;
    }

    @GetMapping("/c/{slug}/decisions")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            Actor actor,
            TimePresenter times,
            Model model) {
        List<DecisionPresenter.Listed> all = presenter.list(actor, community, SHOWN);
        model.addAttribute(
                "open", all.stream().filter(l -> !l.decision().closed()).toList());
        model.addAttribute("closed", presenter.log(actor, community, all, times, SHOWN));
        return "decisions/list";
    }

    /** The public decision log for feed readers: the same for everyone, so cacheable and without a cookie. */
    @GetMapping("/c/{slug}/decisions.atom")
    @ResponseBody
    ResponseEntity<String> feed(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Language language = LanguageResolver.ofFeed(request);
        List<DecisionPresenter.LogEntry> log =
                presenter.publicLog(community, TimePresenter.anonymous().inLanguage(language.locale()), FEED_SIZE);
        String page = properties.link(DecisionAddress.list(community.slug()));
        String self = properties.link(DecisionAddress.list(community.slug()) + ".atom");
        List<AtomFeed.Entry> entries = log.stream()
                .map(entry -> new AtomFeed.Entry(
                        properties.link(entry.link()),
                        entry.outcome().in(language) + ": " + entry.title(),
                        properties.link(entry.link()),
                        entry.closedAt(),
                        summary(entry, language),
                        entry.author()))
                .toList();
        return new AtomFeed(
                        self,
                        Text.of("decisions.log.feed-title", community.name()).in(language),
                        self,
                        page,
                        community.name(),
                        log.isEmpty() ? community.createdAt() : log.get(0).closedAt(),
                        language,
                        entries)
                .answer(ifNoneMatch, FEED_CACHING);
    }

    private String summary(DecisionPresenter.LogEntry entry, Language language) {
        String statement = entry.summary();
        if (entry.decidedBy() != null) {
            String by = Text.of("decisions.log.decided-by", entry.decidedBy()).in(language);
            statement = statement.isEmpty() ? by : by + "\n" + statement;
        }
        if (entry.subjectTitle() == null) {
            return statement;
        }
        String about = Text.of("decisions.log.about", entry.subjectTitle()).in(language) + " "
                + properties.link(entry.subjectLink());
        return statement.isEmpty() ? about : about + "\n" + statement;
    }
}
