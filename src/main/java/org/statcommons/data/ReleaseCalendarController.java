package org.statcommons.data;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The public release calendar: releases announced ahead (their dataset's title and time only: the data stay
 * embargoed) and those of the last 30 days, as a page and an iCalendar feed (its Atom feed of releases out is written
 * with the others, data.charts.ReleaseFeedController). Also the
 * catalogue's short link to a dataset, {@code /data/{id}}, which leads to its community's page of it.
 */
@Controller
class ReleaseCalendarController {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(366);
    private static final CacheControl FEED_CACHING =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final Releases releases;
    private final Datasets datasets;
    private final Communities communities;
    private final StatCommonsProperties properties;
    private final Clock clock;

    ReleaseCalendarController(
            Releases releases,
            Datasets datasets,
            Communities communities,
            StatCommonsProperties properties,
            Clock clock) {
        this.releases = releases;
        this.datasets = datasets;
        this.communities = communities;
        this.properties = properties;
        this.clock = clock;
    }

    /** A calendar line with the address of its dataset's page. */
    record Line(Releases.Announced release, String link, boolean out) {}

    @GetMapping("/data/calendar")
    String calendar(Model model) {
        model.addAttribute("lines", lines());
        return "data/calendar";
    }

    @GetMapping("/data/calendar.ics")
    @ResponseBody
    ResponseEntity<String> ics() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//StatCommons//Release calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new Method(Method.VALUE_PUBLISH));
        String host = URI.create(properties.link("/")).getHost();
        for (Line line : lines()) {
            Releases.Announced r = line.release();
            VEvent event = new VEvent(
                    r.at().atOffset(ZoneOffset.UTC),
                    Duration.ofMinutes(30),
                    Text.of("data.calendar.event", r.title(), r.number()).in(Language.ENGLISH));
            event.add(new Uid("release-" + r.releaseId() + "@" + host));
            event.add(new Url(URI.create(properties.link(line.link()))));
            calendar.add(event);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .cacheControl(FEED_CACHING)
                .body(calendar.toString());
    }

    @GetMapping("/data/{id:[0-9]+}")
    String dataset(@PathVariable long id) {
        Dataset dataset = datasets.byId(id).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        Community community =
                communities.byId(dataset.communityId()).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        return "redirect:" + DatasetAddress.dataset(community.slug(), id);
    }

    private List<Line> lines() {
        Instant now = clock.instant();
        return releases.calendar(now.minus(PAST), now.plus(AHEAD)).stream()
                .map(r -> new Line(
                        r,
                        communities
                                .byId(r.communityId())
                                .map(c -> DatasetAddress.dataset(c.slug(), r.datasetId()))
                                .orElse("/data"),
                        !r.at().isAfter(now)))
                .toList();
    }
}
