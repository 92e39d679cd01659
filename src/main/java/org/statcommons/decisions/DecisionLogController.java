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
import org.statcommons.platform.Markdown;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
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
    String list(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor, Model model) {
        List<DecisionPresenter.Listed> all = presenter.list(actor, community, SHOWN);
        model.addAttribute(
                "open", all.stream().filter(l -> !l.decision().closed()).toList());
        model.addAttribute(
                "closed", all.stream().filter(l -> l.decision().closed()).toList());
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
        List<Decision> log = presenter.publicLog(community, FEED_SIZE);
        String page = properties.link(DecisionAddress.list(community.slug()));
        String self = properties.link(DecisionAddress.list(community.slug()) + ".atom");
        List<AtomFeed.Entry> entries = log.stream()
                .map(decision -> new AtomFeed.Entry(
                        properties.link(DecisionAddress.decision(community.slug(), decision.id())),
                        Text.of("decisions.outcome." + decision.outcome().name())
                                        .in(language) + ": " + decision.title(),
                        properties.link(DecisionAddress.decision(community.slug(), decision.id())),
                        decision.closedAt(),
                        summary(decision, language),
                        decision.proposerName()))
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

    private String summary(Decision decision, Language language) {
        String statement = Markdown.excerpt(decision.statement());
        if (decision.bodyId() != null) {
            String by = Text.of("decisions.log.decided-by", decision.bodyName()).in(language);
            statement = statement.isEmpty() ? by : by + "\n" + statement;
        }
        if (decision.subject() == null) {
            return statement;
        }
        String about = Text.of("decisions.log.about", decision.subject().title())
                        .in(language) + " " + properties.link(decision.subject().link());
        return statement.isEmpty() ? about : about + "\n" + statement;
    }
}
