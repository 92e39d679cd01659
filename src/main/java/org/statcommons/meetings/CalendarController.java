package org.statcommons.meetings;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * Calendars: the private feed address (made, renewed and revoked on /account/calendar; read by calendar
 * programs without a session), and one meeting's .ics for members.
 */
@Controller
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Meetings meetings;
    private final RenewCalendarFeed renewFeed;
    private final RevokeCalendarFeed revokeFeed;
    private final CalendarFeedChecker feedChecker;
    private final CalendarFeedWriter writer;
    private final MeetingMailer mail;

    CalendarController(
            CalendarFeeds feeds,
            Meetings meetings,
            RenewCalendarFeed renewFeed,
            RevokeCalendarFeed revokeFeed,
            CalendarFeedChecker feedChecker,
            CalendarFeedWriter writer,
            MeetingMailer mail) {
        this.feeds = feeds;
        this.meetings = meetings;
        this.renewFeed = renewFeed;
        this.revokeFeed = revokeFeed;
        this.feedChecker = feedChecker;
        this.writer = writer;
        this.mail = mail;
    }

    @GetMapping("/account/calendar")
    String account(Actor actor, TimePresenter times, Model model) {
        model.addAttribute(
                "since", feeds.since(signedIn(actor)).map(times::full).orElse(null));
        return "meetings/calendar";
    }

    @PostMapping("/account/calendar")
    String renew(Actor actor, Model model) {
        String secret = renewFeed.renew(signedIn(actor));
        // rendered, not redirected: the secret must not travel through the session or the browser history
        model.addAttribute("address", mail.link(MeetingAddress.feed(secret)));
        model.addAttribute("since", "just now");
        return "meetings/calendar";
    }

    @PostMapping("/account/calendar/revoke")
    String revoke(Actor actor, RedirectAttributes redirect) {
        boolean revoked = revokeFeed.revoke(signedIn(actor));
        redirect.addFlashAttribute(
                "notice", revoked ? Text.of("meetings.notice.feed-revoked") : Text.of("meetings.notice.no-feed"));
        return "redirect:/account/calendar";
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        String calendar = feedChecker
                .check(secret)
                .map(writer::feed)
                .orElseThrow(() -> new NotFoundException(Text.of("meetings.calendar.invalid")));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .body(calendar);
    }

    @GetMapping("/c/{slug}/meetings/{id}/meeting.ics")
    ResponseEntity<String> download(@Permitted(Action.VIEW_MEETINGS) Community community, @PathVariable long id) {
        Meeting meeting = meetings.inCommunity(community, id);
        if (meeting.startsAt() == null) {
            throw new NotFoundException(Text.of("meetings.calendar.no-time"));
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("meeting-" + id + ".ics")
                                .build()
                                .toString())
                .body(writer.single(community, meeting));
    }

    private static long signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        return actor.accountId();
    }
}
