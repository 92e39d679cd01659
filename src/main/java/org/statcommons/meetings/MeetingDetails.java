package org.statcommons.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The descriptive part of a meeting, checked: title, kind, agenda (Markdown), duration, online link, place. */
record MeetingDetails(
        String title, MeetingKind kind, String agenda, int durationMinutes, String onlineLink, String place) {

    static final int MAX_DURATION = 12 * 60;

    /** The details as a form types them: the duration is text ("60"). */
    static MeetingDetails check(
            TextInput input,
            String title,
            String kind,
            String agenda,
            String duration,
            String onlineLink,
            String place) {
        Integer minutes = null;
        if (duration != null && !duration.isBlank()) {
            try {
                minutes = Integer.parseInt(duration.strip());
            } catch (NumberFormatException e) {
                minutes = -1;
            }
        }
        return check(input, title, kind, agenda, minutes, onlineLink, place);
    }

    /** The details with the duration in minutes (null: an hour), as the API sends them. */
    static MeetingDetails check(
            TextInput input,
            String title,
            String kind,
            String agenda,
            Integer duration,
            String onlineLink,
            String place) {
        String cleanTitle = input.line("title", Text.of("meetings.fields.title"), title, 200, true);
        MeetingKind meetingKind = MeetingKind.REGULAR;
        if (kind != null && !kind.isBlank()) {
            try {
                meetingKind = MeetingKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                input.error("kind", Text.of("meetings.fields.kind.choose"));
            }
        }
        String text = input.block("agenda", Text.of("meetings.fields.agenda.label"), agenda, 20_000, false);
        int minutes = duration == null ? 60 : duration;
        if (minutes < 5 || minutes > MAX_DURATION) {
            input.error("duration", Text.of("meetings.fields.duration.range", 5, MAX_DURATION));
            minutes = 60;
        }
        String link = input.line("onlineLink", Text.of("meetings.fields.online-link"), onlineLink, 500, false);
        if (!link.isEmpty() && !webAddress(link)) {
            input.error("onlineLink", Text.of("meetings.fields.online-link.not-web"));
        }
        String where = input.line("place", Text.of("meetings.fields.place"), place, 300, false);
        return new MeetingDetails(
                cleanTitle, meetingKind, text, minutes, link.isEmpty() ? null : link, where.isEmpty() ? null : where);
    }

    /** How long the meeting lasts. */
    Duration length() {
        return Duration.ofMinutes(durationMinutes);
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
