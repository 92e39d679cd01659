package org.statcommons.newsletters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.activity.ActivityLine;
import org.statcommons.activity.ActivityLines;
import org.statcommons.community.Community;
import org.statcommons.community.MemberCountries;
import org.statcommons.meetings.MeetingSummary;
import org.statcommons.meetings.OccurrenceFinder;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Visibility;

/**
 * Proposes what to put in the next newsletter, each as a ready line of Markdown: the pages
 * published since the last newsletter (from the activity stream), the meetings of the coming weeks, and the
 * new members since the last newsletter by country. A newsletter is public: meetings are proposed with their
 * title and time only, never their place or online link. (Decisions have no source yet; see
 * docs/newsletters.md.)
 */
@Component
class HighlightProposer {

    /** How times are written in the newsletter itself: it goes to the public, wherever they are. */
    private static final TimePresenter PUBLIC = TimePresenter.anonymous();
    /** How far ahead meetings are proposed. */
    static final Duration AHEAD = Duration.ofDays(60);

    /** One proposal: its label next to the checkbox, and the Markdown inserted when it is chosen. */
    record Highlight(String label, String markdown) {}

    /** Proposals in groups, in the order they are shown. */
    record Proposed(Instant since, Map<String, List<Highlight>> groups) {
        boolean isEmpty() {
            return groups.values().stream().allMatch(List::isEmpty);
        }
    }

    private final Newsletters newsletters;
    private final ActivityLines activity;
    private final MemberCountries countries;
    private final OccurrenceFinder meetings;
    private final StatCommonsProperties properties;
    private final Clock clock;

    HighlightProposer(
            Newsletters newsletters,
            ActivityLines activity,
            MemberCountries countries,
            OccurrenceFinder meetings,
            StatCommonsProperties properties,
            Clock clock) {
        this.newsletters = newsletters;
        this.activity = activity;
        this.countries = countries;
        this.meetings = meetings;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The proposals as the editor reads them: dates and labels in the editor's zone ({@code editor}); the Markdown
     * inserted, which the public reads, in UTC with the offset.
     */
    Proposed propose(Community community, TimePresenter editor) {
        Instant since = newsletters.lastSentAt(community.id()).orElse(community.createdAt());
        Map<String, List<Highlight>> groups = new LinkedHashMap<>();
        groups.put("Pages published since " + editor.longDate(since), pages(community, since));
        groups.put("Meetings ahead", meetingsAhead(community, editor));
        groups.put("New members since " + editor.longDate(since), newMembers(community, since));
        return new Proposed(since, groups);
    }

    private List<Highlight> pages(Community community, Instant since) {
        // a page published again shows once, with its latest title
        Map<String, ActivityLine> latest = new LinkedHashMap<>();
        for (ActivityLine line : activity.since(community.id(), since, EnumSet.of(ActivityKind.PAGE_PUBLISHED))) {
            if (line.visibility() == Visibility.PUBLIC) {
                latest.remove(line.about());
                latest.put(line.about(), line);
            }
        }
        List<Highlight> pages = new ArrayList<>();
        for (ActivityLine line : latest.values()) {
            pages.add(new Highlight(
                    line.title(), "- [" + escape(line.title()) + "](" + properties.link(line.link()) + ")"));
        }
        return pages;
    }

    private List<Highlight> meetingsAhead(Community community, TimePresenter editor) {
        Instant now = clock.instant();
        List<Highlight> ahead = new ArrayList<>();
        for (MeetingSummary meeting : meetings.between(community.id(), now, now.plus(AHEAD))) {
            String when = PUBLIC.full(meeting.start());
            ahead.add(new Highlight(
                    meeting.title() + ", " + editor.full(meeting.start()),
                    "- " + when + ": [" + escape(meeting.title()) + "](" + properties.link(meeting.link()) + ") ("
                            + meeting.kind().label().toLowerCase(Locale.ROOT) + ")"));
        }
        return ahead;
    }

    private List<Highlight> newMembers(Community community, Instant since) {
        List<MemberCountries.CountryCount> counts = countries.joinedSince(community.id(), since);
        long total =
                counts.stream().mapToLong(MemberCountries.CountryCount::members).sum();
        if (total == 0) {
            return List.of();
        }
        String byCountry =
                counts.stream().map(c -> c.countryName() + " " + c.members()).collect(Collectors.joining(", "));
        String text = total + (total == 1 ? " new member" : " new members") + " joined: " + byCountry + ".";
        return List.of(new Highlight(text, "- " + text));
    }

    /** Link text in Markdown: brackets and backslashes would end or break it. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
