package org.statcommons.meetings;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * Writes meetings as RFC 5545 calendars with ical4j. One UID per meeting, stable for its whole life
 * ({@code meeting-<id>@<host>}); SEQUENCE is the meeting's change counter, so a client replaces the event it
 * has. Times carry the organiser's zone (TZID with its VTIMEZONE), so a series keeps its local time across
 * daylight-saving changes; skipped occurrences are EXDATEs and moved ones extra VEVENTs with a RECURRENCE-ID.
 */
final class MeetingCalendar {

    private static final String PRODUCT = "-//StatCommons//Meetings//EN";
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private MeetingCalendar() {}

    /** What a calendar shows of one meeting besides its times. */
    record Details(
            Meeting meeting, String host, String pageUrl, Organiser organiser, Map<Instant, Instant> exceptions) {}

    /** Who invites, as calendar programs show it (ORGANIZER with its CN). */
    record Organiser(String name, String email) {

        /**
         * The organiser's own name and address; for a meeting whose organiser's account is gone, the configured
         * sender ({@code statcommons.mail.from}). The default sender {@code no-reply@localhost} names no one and
         * no server, so it gives way to {@code no-reply@} the server's own host.
         */
        static Organiser of(String name, String email, String from, String host) {
            if (email != null && !email.isBlank()) {
                return new Organiser(name == null || name.isBlank() ? email : name, email);
            }
            String sender = address(from);
            if (sender.toLowerCase(Locale.ROOT).endsWith("@localhost")) {
                sender = sender.substring(0, sender.lastIndexOf('@') + 1) + host;
            }
            int open = from.indexOf('<');
            String senderName = open > 0 ? from.substring(0, open).strip() : "";
            return new Organiser(senderName.isEmpty() ? "StatCommons" : senderName, sender);
        }
    }

    /** A person the event is addressed to, and the language of the event's fixed words for them. */
    record Recipient(String name, String email, Language language) {}

    /** An invitation or update (METHOD:REQUEST) for one recipient. */
    static String request(Details details, Recipient recipient) {
        return write(new Method(Method.VALUE_REQUEST), List.of(details), recipient, false);
    }

    /** A cancellation (METHOD:CANCEL) of the whole meeting for one recipient. */
    static String cancel(Details details, Recipient recipient) {
        return write(new Method(Method.VALUE_CANCEL), List.of(details), recipient, true);
    }

    /** A calendar to subscribe to or download (METHOD:PUBLISH): no attendees. */
    static String publish(Collection<Details> meetings) {
        return write(new Method(Method.VALUE_PUBLISH), meetings, null, false);
    }

    static String uid(long meetingId, String host) {
        return "meeting-" + meetingId + "@" + host;
    }

    private static String write(Method method, Collection<Details> meetings, Recipient recipient, boolean cancelled) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(method);
        Set<String> zones = new HashSet<>();
        for (Details details : meetings) {
            Meeting meeting = details.meeting();
            ZoneId zone = meeting.zone();
            boolean utc = zone.normalized() instanceof ZoneOffset;
            if (!utc && zones.add(zone.getId())) {
                calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
            }
            for (VEvent event : events(details, recipient, cancelled || meeting.cancelled(), utc)) {
                calendar.add(event);
            }
        }
        return calendar.toString();
    }

    private static List<VEvent> events(Details details, Recipient recipient, boolean cancelled, boolean utc) {
        Meeting meeting = details.meeting();
        List<VEvent> events = new ArrayList<>();
        VEvent master =
                event(details, recipient, cancelled, time(meeting.startsAt(), meeting.zone(), utc), meeting.duration());
        if (meeting.series()) {
            master.add(new RRule<Temporal>(meeting.recurrence()));
            List<Temporal> skipped = new ArrayList<>();
            details.exceptions().forEach((original, moved) -> {
                if (moved == null) {
                    skipped.add(time(original, meeting.zone(), utc));
                }
            });
            if (!skipped.isEmpty()) {
                skipped.sort(Comparator.comparing(Instant::from));
                master.add(new ExDate<>(zoneParameter(meeting.zone(), utc), new DateList<>(skipped)));
            }
        }
        events.add(master);
        if (meeting.series() && !cancelled) {
            details.exceptions().entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        VEvent moved = event(
                                details, recipient, false, time(e.getValue(), meeting.zone(), utc), meeting.duration());
                        moved.add(new RecurrenceId<>(
                                zoneParameter(meeting.zone(), utc), time(e.getKey(), meeting.zone(), utc)));
                        events.add(moved);
                    });
        }
        return events;
    }

    private static VEvent event(
            Details details, Recipient recipient, boolean cancelled, Temporal start, Duration duration) {
        Meeting meeting = details.meeting();
        VEvent event = new VEvent(start, start.plus(duration), meeting.title());
        event.add(new Uid(uid(meeting.id(), details.host())));
        event.add(new Sequence(meeting.sequence()));
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        // a feed (no recipient) is read by anyone: its fixed words are English
        Language language = recipient == null ? Language.ENGLISH : recipient.language();
        String description = Text.of("meetings.kind." + meeting.kind().name()).in(language)
                + (meeting.onlineLink() == null
                        ? ""
                        : "\n"
                                + Text.of("meetings.calendar.join", meeting.onlineLink())
                                        .in(language))
                + "\n" + details.pageUrl() + (meeting.agenda().isBlank() ? "" : "\n\n" + meeting.agenda());
        event.add(new Description(description));
        if (!meeting.where().isEmpty()) {
            event.add(new Location(meeting.where()));
        }
        event.add(new Url(URI.create(details.pageUrl())));
        // the organiser, so that calendar programs show who invites (attendees are asked for no reply: RSVP=FALSE)
        ParameterList organiser =
                new ParameterList(List.of(new Cn(details.organiser().name())));
        event.add(new Organizer(
                organiser, URI.create("mailto:" + details.organiser().email())));
        if (recipient != null) {
            ParameterList attendee = new ParameterList(
                    List.of(new Cn(recipient.name()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, new Rsvp(false)));
            event.add(new Attendee(attendee, URI.create("mailto:" + recipient.email())));
        }
        return event;
    }

    /** UTC times are written as UTC ("…Z"); others as local time with the zone's TZID. */
    private static Temporal time(Instant instant, ZoneId zone, boolean utc) {
        return utc ? instant : instant.atZone(zone);
    }

    private static ParameterList zoneParameter(ZoneId zone, boolean utc) {
        return utc ? new ParameterList() : new ParameterList(List.of(new TzId(zone.getId())));
    }

    /** The e-mail address of a From header such as {@code StatCommons <no-reply@example.org>}. */
    static String address(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close).strip() : from.strip();
    }
}
